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

/* The navigation marks the page the user is on (and opens nothing: menus stay closed). */
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.ag-nav a[href]').forEach(function (a) {
    if (a.pathname === window.location.pathname && a.search.indexOf('lang=') < 0) {
      a.classList.add('ag-current');
      var menu = a.closest('details.ag-menu');
      if (menu) {
        menu.querySelector('summary').classList.add('ag-current');
      }
    }
  });
  /* one menu open at a time; a click elsewhere closes them */
  document.addEventListener('click', function (e) {
    document.querySelectorAll('details.ag-menu[open]').forEach(function (d) {
      if (!d.contains(e.target)) {
        d.removeAttribute('open');
      }
    });
  });
});

/* 长期: an open-ended term is a blank date; the box is ticked when the date is blank, and ticking it clears the date. */
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('input[data-open-ended-for]').forEach(function (box) {
    var date = document.getElementById(box.getAttribute('data-open-ended-for'));
    if (!date) {
      return;
    }
    box.checked = !date.value;
    date.readOnly = box.checked;
    box.addEventListener('change', function () {
      if (box.checked) {
        date.value = '';
      }
      date.readOnly = box.checked;
    });
  });
});

/*
 * Region pickers: an input with data-region-picker="<regions API>" gets province → city → county
 * selects in front of it; picking fills the input with the deepest chosen code (the code can still be
 * typed). Names in the page's language.
 */
document.addEventListener('DOMContentLoaded', function () {
  var english = document.documentElement.lang === 'en';
  document.querySelectorAll('input[data-region-picker]').forEach(function (input) {
    var api = input.getAttribute('data-region-picker');
    var box = document.createElement('span');
    box.className = 'ag-region-picker';
    input.parentNode.insertBefore(box, input);
    function level(parent, depth) {
      fetch(api + (parent ? '?parent=' + encodeURIComponent(parent) : ''), {credentials: 'same-origin'})
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (list) {
          if (!list.length) {
            return;
          }
          var select = document.createElement('select');
          select.className = 'ag-select';
          select.id = input.id + '-level' + depth;
          select.setAttribute('aria-label', input.id + ' ' + (depth + 1));
          var none = document.createElement('option');
          none.value = '';
          none.textContent = english ? 'Choose…' : '请选择';
          select.appendChild(none);
          list.forEach(function (r) {
            var o = document.createElement('option');
            o.value = r.code;
            o.textContent = english ? r.nameEn : r.nameZh;
            select.appendChild(o);
          });
          select.addEventListener('change', function () {
            while (box.lastChild !== select) {
              box.removeChild(box.lastChild);
            }
            input.value = select.value || parent || '';
            if (select.value && depth < 2) {
              level(select.value, depth + 1);
            }
          });
          box.appendChild(select);
        });
    }
    level(null, 0);
  });
});
