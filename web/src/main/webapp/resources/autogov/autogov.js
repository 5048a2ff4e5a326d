/* AutoGov portal: after a refused form, bring the first problem into view and put the cursor in its field. */
document.addEventListener('DOMContentLoaded', function () {
  var inline = document.querySelector('.ui-message-error');
  var summary = document.querySelector('.ui-messages-error');
  var target = inline ? inline.closest('.ag-field') || inline : summary;
  if (!target) {
    return;
  }
  target.scrollIntoView({block: 'center'});
  var input = inline && target.querySelector('input:not([type=hidden]):not([readonly]), select, textarea');
  if (input) {
    input.focus({preventScroll: true});
  }
});
