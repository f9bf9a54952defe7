// What the staff pages share: JSON calls with a fresh ID token of the staff sign-in (LcmAuth,
// auth.js, loaded before this file), a small element builder (text always through textContent), field errors
// shown next to their inputs, and a file download from a response.
(function () {
  'use strict';
  /** The staff member signed in in this tab ({email, groups}), or null: pages ask before calling. */
  function token() {
    return window.LcmAuth.user();
  }

  function claims() {
    return window.LcmAuth.user();
  }

  function bearer() {
    return window.LcmAuth.token().then(function (t) { return t ? { Authorization: 'Bearer ' + t } : {}; });
  }

  /** Resolves to {status, ok, json, response}; a network failure resolves with status 0. */
  function call(method, path, body) {
    return bearer().then(function (headers) {
      headers.Accept = 'application/json';
      if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
      return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) });
    }).then(function (r) {
        return r.text().then(function (text) {
          var json = null;
          try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
          return { status: r.status, ok: r.ok, json: json };
        });
      }, function () { return { status: 0, ok: false, json: null }; });
  }

  /**
   * A route this hub does not serve yet: a 405 from a handler that lacks the method, or the 404 of
   * the unknown-route catch-all (or API Gateway's own), not a handler's 404 about the data.
   */
  function missing(r) {
    var error = r.json && r.json.error;
    return r.status === 405 || r.status === 501
      || (r.status === 404 && (!error || /^No API route matches/.test(error.message || '')));
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function message(r, fallback) {
    return (r.json && r.json.error && r.json.error.message) || fallback;
  }

  function say(node, text, kind) {
    node.textContent = text;
    node.className = kind === 'error' ? 'staff-status staff-error' : 'staff-status';
    node.hidden = !text;
  }

  function clearErrors(form) {
    Array.prototype.forEach.call(form.querySelectorAll('.field-error'), function (p) { p.remove(); });
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (f) {
      f.removeAttribute('aria-invalid');
      var ids = (f.getAttribute('aria-describedby') || '').split(' ').filter(function (id) { return id && !/-error$/.test(id); });
      if (ids.length) { f.setAttribute('aria-describedby', ids.join(' ')); } else { f.removeAttribute('aria-describedby'); }
    });
  }

  /**
   * Puts each field's message under the input (or group) marked data-field="name"; returns the
   * messages no field took, so the caller can show them in the form's status line.
   */
  function showErrors(form, fields) {
    var left = [];
    var first = null;
    Object.keys(fields || {}).forEach(function (name) {
      var target = form.querySelector('[data-field="' + name + '"]');
      if (!target) { left.push(fields[name]); return; }
      var id = target.id + '-error';
      var p = el('p', { 'class': 'field-error', id: id }, fields[name]);
      (target.closest('.field') || target).appendChild(p);
      var inputs = target.matches('fieldset') ? Array.prototype.slice.call(target.querySelectorAll('input, select')) : [target];
      inputs.forEach(function (i) {
        i.setAttribute('aria-invalid', 'true');
        var ids = (i.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
        ids.push(id);
        i.setAttribute('aria-describedby', ids.join(' '));
      });
      if (!first && inputs[0]) { first = inputs[0]; }
    });
    if (first) { first.focus(); }
    return left;
  }

  /** Fetches with the token and saves the body under {@code name} (for .ics invites). */
  function download(path, name) {
    return bearer().then(function (headers) { return fetch(path, { headers: headers }); }).then(function (r) {
      if (!r.ok) { return r.status; }
      return r.blob().then(function (blob) {
        var a = el('a', { href: URL.createObjectURL(blob), download: name });
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
        return 200;
      });
    }, function () { return 0; });
  }

  window.LcmStaff = {
    token: token, claims: claims, call: call, missing: missing, el: el, message: message, say: say,
    clearErrors: clearErrors, showErrors: showErrors, download: download
  };
}());
