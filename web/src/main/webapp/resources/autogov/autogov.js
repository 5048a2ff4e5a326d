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

/* A countdown (data-countdown="seconds") that enables a button (data-enables="its id") when it ends. */
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-countdown]').forEach(function (el) {
    var left = parseInt(el.getAttribute('data-countdown'), 10);
    var count = el.querySelector('.ag-count');
    var button = document.getElementById(el.getAttribute('data-enables'));
    var tick = setInterval(function () {
      left -= 1;
      if (count) {
        count.textContent = String(Math.max(left, 0));
      }
      if (left <= 0) {
        clearInterval(tick);
        el.style.display = 'none';
        if (button) {
          button.disabled = false;
          button.classList.remove('ui-state-disabled');
        }
      }
    }, 1000);
  });
});

/* A choice that decides what else the form shows (data-refresh="the button that redraws it"). */
document.addEventListener('change', function (e) {
  var target = e.target.getAttribute && e.target.getAttribute('data-refresh');
  if (target && document.getElementById(target)) {
    document.getElementById(target).click();
  }
});
