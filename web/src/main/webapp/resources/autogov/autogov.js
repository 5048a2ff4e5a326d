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
/*
 * An address (data-address-picker="<regions API>") gets the same selects; picking writes the chosen names at the
 * front of the address (福建省福州市鼓楼区), the street typed after them stays.
 */
document.addEventListener('DOMContentLoaded', function () {
  var english = document.documentElement.lang === 'en';
  document.querySelectorAll('input[data-region-picker], input[data-address-picker]').forEach(function (input) {
    var address = input.hasAttribute('data-address-picker');
    var api = input.getAttribute(address ? 'data-address-picker' : 'data-region-picker');
    var prefix = '';
    function named() {
      var names = Array.prototype.map.call(box.querySelectorAll('select'), function (s) {
        var name = s.value ? s.options[s.selectedIndex].textContent : '';
        return /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(name) ? '' : name; /* not in an address */
      }).join('');
      var street = input.value.indexOf(prefix) === 0 ? input.value.substring(prefix.length) : input.value;
      if (names && street.indexOf(names) === 0) {
        street = street.substring(names.length);
      }
      prefix = names;
      input.value = names + street;
    }
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
            o.textContent = english && !address ? r.nameEn : r.nameZh; /* an address is written in Chinese */
            select.appendChild(o);
          });
          select.addEventListener('change', function () {
            while (box.lastChild !== select) {
              box.removeChild(box.lastChild);
            }
            if (address) {
              named();
            } else {
              input.value = select.value || parent || '';
            }
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

/*
 * Upload progress: a form marked data-upload-progress="<text>" that has files chosen is sent by this script, so a
 * bar shows how much has gone (large scans take a while). The server answers the post-redirect-get's redirect as
 * X-AutoGov-Location (UploadProgressFilter) and the page goes there, as the browser would have; anything else (a
 * session that ended, an error page) is shown as it came.
 */
document.addEventListener('submit', function (e) {
  var form = e.target;
  var label = form.getAttribute && form.getAttribute('data-upload-progress');
  if (!label || e.defaultPrevented || form.getAttribute('data-uploading')) {
    return;
  }
  var chosen = Array.prototype.some.call(form.querySelectorAll('input[type=file]'), function (f) {
    return f.files && f.files.length > 0;
  });
  if (!chosen) {
    return;
  }
  e.preventDefault();
  var submitter = e.submitter;
  form.setAttribute('data-uploading', 'true');
  var box = document.createElement('div');
  box.className = 'ag-upload-progress';
  box.id = 'upload-progress';
  box.setAttribute('role', 'status');
  var text = document.createElement('span');
  var bar = document.createElement('progress');
  bar.max = 100;
  bar.value = 0;
  text.textContent = label + ' 0%';
  box.appendChild(text);
  box.appendChild(bar);
  form.appendChild(box);
  form.querySelectorAll('button, input[type=submit]').forEach(function (b) { b.disabled = true; });
  /* after every other submit listener (PrimeFaces adds its nonce to the form in one) */
  setTimeout(function () {
    var data = new FormData(form);
    if (submitter && submitter.name) {
      data.append(submitter.name, submitter.value || '');
    }
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('X-AutoGov-Upload', 'progress');
    xhr.upload.addEventListener('progress', function (p) {
      if (p.lengthComputable) {
        var percent = Math.floor(p.loaded * 100 / p.total);
        bar.value = percent;
        text.textContent = label + ' ' + percent + '%';
      }
    });
    xhr.addEventListener('load', function () {
      var to = xhr.getResponseHeader('X-AutoGov-Location');
      if (to) {
        window.location.assign(to);
      } else if (xhr.responseURL && xhr.responseURL.split('#')[0] !== form.action) {
        window.location.assign(xhr.responseURL);
      } else {
        document.open();
        document.write(xhr.responseText);
        document.close();
      }
    });
    xhr.addEventListener('error', function () {
      form.removeAttribute('data-uploading');
      form.querySelectorAll('button, input[type=submit]').forEach(function (b) { b.disabled = false; });
      text.textContent = form.getAttribute('data-upload-failed') || 'Upload failed';
    });
    xhr.send(data);
  }, 0);
});

/*
 * Files survive a refusal: a browser cannot put a chosen file back into a page the server sent anew, so a form marked
 * data-keep-files="<note>" keeps what was chosen in the browser (IndexedDB, this page only, ten minutes) before it
 * is sent; when the page comes back with a problem, each file is chosen again for the user, with a note. When the
 * page comes back without one (or another page follows), nothing is kept.
 */
(function () {
  var DB = 'autogov-kept-files';
  var TEN_MINUTES = 10 * 60 * 1000;
  function store(mode, work) {
    if (!window.indexedDB) {
      return Promise.resolve(null);
    }
    return new Promise(function (resolve) {
      var open = indexedDB.open(DB, 1);
      open.onupgradeneeded = function () { open.result.createObjectStore('files'); };
      open.onerror = function () { resolve(null); };
      open.onsuccess = function () {
        var tx = open.result.transaction('files', mode);
        var result = work(tx.objectStore('files'));
        tx.oncomplete = function () { open.result.close(); resolve(result && result.result); };
        tx.onerror = tx.onabort = function () { open.result.close(); resolve(null); };
      };
    });
  }
  var page = window.location.pathname;
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!form.getAttribute || !form.hasAttribute('data-keep-files') || e.defaultPrevented) {
      return;
    }
    if (form.getAttribute('data-kept') === 'true') {
      form.removeAttribute('data-kept');
      return;
    }
    var chosen = Array.prototype.filter.call(form.querySelectorAll('input[type=file]'), function (f) {
      return f.files && f.files.length > 0;
    });
    if (!chosen.length) {
      return;
    }
    e.preventDefault();
    var submitter = e.submitter;
    store('readwrite', function (s) {
      chosen.forEach(function (f) {
        s.put({name: f.files[0].name, type: f.files[0].type, blob: f.files[0], at: Date.now()}, page + '#' + f.id);
      });
    }).then(function () {
      form.setAttribute('data-kept', 'true');
      if (submitter && form.requestSubmit) {
        form.requestSubmit(submitter);
      } else {
        form.submit();
      }
    });
  }, true);
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form[data-keep-files]');
    var refused = document.querySelector('.ui-messages-error, .ui-message-error');
    if (!form || !refused) {
      store('readwrite', function (s) { s.clear(); });
      return;
    }
    form.querySelectorAll('input[type=file]').forEach(function (input) {
      var key = page + '#' + input.id;
      var field = input.closest('.ag-field');
      if (field && field.querySelector('.ui-message-error')) {
        return; /* the file itself was refused: the user chooses another */
      }
      store('readonly', function (s) { return s.get(key); }).then(function (kept) {
        if (!kept || Date.now() - kept.at > TEN_MINUTES || (input.files && input.files.length)) {
          return;
        }
        var transfer = new DataTransfer();
        transfer.items.add(new File([kept.blob], kept.name, {type: kept.type}));
        input.files = transfer.files;
        var note = document.createElement('small');
        note.className = 'ag-hint ag-kept-file';
        note.id = input.id + '-kept';
        note.textContent = form.getAttribute('data-keep-files') + kept.name;
        input.insertAdjacentElement('afterend', note);
      });
    });
  });
})();

/* A repeating field: 增加一行 adds the table's template row, 删除本行 removes one; the rows are numbered anew so that
   their cells post as cell:<table>.<row>.<column> in the order shown. A choice cell shows its value (data-value). */
(function () {
  function renumber(table) {
    Array.prototype.forEach.call(table.tBodies[0].rows, function (tr, i) {
      tr.querySelector('.ag-row-no').textContent = i + 1;
      tr.querySelectorAll('[name^="cell:"]').forEach(function (cell) {
        cell.name = cell.name.replace(/^cell:(\w+)\.(\d+|__i__)\./, 'cell:$1.' + i + '.');
      });
    });
  }
  document.addEventListener('click', function (e) {
    var add = e.target.closest('[data-add-row]');
    var remove = e.target.closest('[data-remove-row]');
    if (!add && !remove) {
      return;
    }
    e.preventDefault();
    var table = add ? document.getElementById(add.getAttribute('data-add-row')) : remove.closest('table[data-rows]');
    var body = table.tBodies[0];
    if (add) {
      if (body.rows.length >= parseInt(table.getAttribute('data-max-rows'), 10)) {
        return;
      }
      body.appendChild(document.importNode(document.getElementById(table.id + '-template').content, true));
      renumber(table);
      var first = body.rows[body.rows.length - 1].querySelector('input, select');
      if (first) {
        first.focus();
      }
    } else {
      remove.closest('tr').remove();
      renumber(table);
    }
  });
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('select[data-value]').forEach(function (s) {
      s.value = s.getAttribute('data-value');
    });
  });
})();

/*
 * 二手车销售情况导入: the chosen file goes to the import servlet as the request body, with a progress bar;
 * 检查 shows the counts and every problem (row, column, message) without saving; 确认导入 sends the same file
 * again to record it (all rows or none); with problems, the marked workbook downloads. The file stays chosen.
 */
document.addEventListener('DOMContentLoaded', function () {
  var box = document.querySelector('[data-sale-import]');
  if (!box) {
    return;
  }
  var url = box.getAttribute('data-sale-import');
  var fileInput = document.getElementById('import-file');
  var check = document.getElementById('import-check');
  var commit = document.getElementById('import-commit');
  var errors = document.getElementById('import-errors');
  var progress = document.getElementById('import-progress');
  var progressText = document.getElementById('import-progress-text');
  var bar = document.getElementById('import-progress-bar');
  var result = document.getElementById('import-result');
  var table = document.getElementById('import-problems');
  function text(name, values) {
    var t = box.getAttribute('data-text-' + name) || '';
    Object.keys(values || {}).forEach(function (k) { t = t.split('{' + k + '}').join(values[k]); });
    return t;
  }
  function busy(on) {
    [check, commit, errors].forEach(function (b) { b.disabled = on || (b === commit && !box.okToCommit); });
    progress.hidden = !on;
    progress.style.display = on ? '' : 'none'; /* the bar's own display would outlast [hidden] */
  }
  function send(mode, done) {
    var file = fileInput.files && fileInput.files[0];
    if (!file) {
      result.textContent = text('choose');
      result.className = 'ag-notice ag-warning';
      return;
    }
    var xhr = new XMLHttpRequest();
    xhr.open('POST', url + '?mode=' + mode);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    if (mode === 'errors') {
      xhr.responseType = 'blob';
    }
    xhr.upload.addEventListener('progress', function (p) {
      if (p.lengthComputable) {
        bar.value = Math.round(p.loaded * 100 / p.total);
        progressText.textContent = text('progress') + ' ' + bar.value + '%';
      }
    });
    xhr.addEventListener('load', function () { busy(false); done(xhr); });
    xhr.addEventListener('error', function () { busy(false); result.textContent = text('failed'); });
    bar.value = 0;
    progressText.textContent = text('progress') + ' 0%';
    busy(true);
    xhr.send(file);
  }
  function show(xhr) {
    var body;
    try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
    var tbody = table.querySelector('tbody');
    tbody.innerHTML = '';
    table.hidden = true;
    errors.hidden = true;
    box.okToCommit = false;
    if (!body || xhr.status !== 200) {
      result.className = 'ag-notice ag-error';
      result.textContent = text('failed') + ' ' + (body ? (body.message || (body.problems || []).map(function (p) { return p.message; }).join('；')) : xhr.status);
      commit.disabled = true;
      return;
    }
    var counts = text('rows', {rows: body.rows, toRecord: body.toRecord, already: body.alreadyRecorded, problems: body.problemCount});
    if (body.committed) {
      result.className = 'ag-notice';
      result.textContent = text('done', {recorded: body.recorded, already: body.alreadyRecorded});
    } else if (body.problemCount === 0) {
      result.className = 'ag-notice';
      result.textContent = counts + ' ' + text('ok');
      box.okToCommit = body.toRecord > 0;
    } else {
      result.className = 'ag-notice ag-error';
      result.textContent = counts + ' ' + text('bad') + (body.problemCount > body.problems.length ? ' ' + text('more', {listed: body.listed}) : '');
      errors.hidden = false;
      body.problems.forEach(function (p) {
        var tr = document.createElement('tr');
        [p.row, p.column, p.message].forEach(function (v) {
          var td = document.createElement('td');
          td.textContent = v;
          tr.appendChild(td);
        });
        tbody.appendChild(tr);
      });
      table.hidden = false;
    }
    commit.disabled = !box.okToCommit;
  }
  fileInput.addEventListener('change', function () {
    box.okToCommit = false;
    commit.disabled = true;
    errors.hidden = true;
    result.textContent = '';
    table.hidden = true;
  });
  check.addEventListener('click', function () { send('check', show); });
  commit.addEventListener('click', function () { send('commit', show); });
  errors.addEventListener('click', function () {
    send('errors', function (xhr) {
      if (xhr.status !== 200) {
        result.textContent = text('failed') + ' ' + xhr.status;
        return;
      }
      var a = document.createElement('a');
      a.href = URL.createObjectURL(xhr.response);
      a.download = (fileInput.files[0].name || 'sales.xlsx').replace(/\.xlsx$/i, '') + '-errors.xlsx';
      document.body.appendChild(a);
      a.click();
      a.remove();
    });
  });
});
