// Sends the CSRF token with htmx requests and clones the last data-item row of the resource form.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { event.detail.headers[header.content] = token.content; }
});
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-add-row]');
  if (!button) { return; }
  var body = document.querySelector(button.getAttribute('data-add-row') + ' tbody');
  var rows = body.querySelectorAll('tr');
  var last = rows[rows.length - 1];
  var copy = last.cloneNode(true);
  var next = rows.length;
  copy.querySelectorAll('input, select').forEach(function (el) {
    ['name', 'id'].forEach(function (attr) {
      var v = el.getAttribute(attr);
      if (v) { el.setAttribute(attr, v.replace(/items\[?\d+\]?/, attr === 'name' ? 'items[' + next + ']' : 'items' + next)); }
    });
    if (el.type === 'checkbox') { el.checked = false; } else if (el.tagName === 'INPUT') { el.value = ''; }
  });
  copy.querySelectorAll('input[type=hidden]').forEach(function (el) { el.value = 'on'; });
  body.appendChild(copy);
});
