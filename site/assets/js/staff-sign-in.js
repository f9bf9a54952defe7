// Staff sign-in for the local hub: asks the hub's local issuer (POST /dev/token, local only) for
// an ID token shaped like Cognito's and keeps it for this tab; staff pages send it as a Bearer token.
(function () {
  'use strict';
  var STORE = 'lcmhub.staffToken';
  var form = document.getElementById('sign-in');
  var state = document.getElementById('signed-in');

  function claims(token) {
    try {
      return JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    } catch (e) {
      return null;
    }
  }

  function show() {
    var token = sessionStorage.getItem(STORE);
    var c = token && claims(token);
    state.textContent = c ? 'Signed in as ' + c.email + ' (' + (c['cognito:groups'] || []).join(', ') + ').' : 'Not signed in.';
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var body = JSON.stringify({ email: form.email.value, role: form.role.value });
    fetch('/dev/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body })
      .then(function (r) {
        if (r.status === 404) {
          state.textContent = 'This sign-in works in the local hub only; on AWS staff sign in with the Cognito user pool.';
          return null;
        }
        return r.ok ? r.json() : Promise.reject(r.status);
      })
      .then(function (answer) {
        if (answer) { sessionStorage.setItem(STORE, answer.token); show(); }
      }, function () { state.textContent = 'Sign-in failed.'; });
  });
  document.getElementById('sign-out').addEventListener('click', function () {
    sessionStorage.removeItem(STORE);
    show();
  });
  show();
}());
