// The staff sign-in page: who is signed in in this tab, with their role and pages, or a button
// that starts sign-in (and comes back to ?return=, a page of this site, when given).
(function () {
  'use strict';
  var t = window.LcmI18n.t;
  var panel = document.getElementById('signin');
  var state = document.getElementById('signin-state');
  var go = document.getElementById('signin-go');
  var out = document.getElementById('signin-out');
  var pages = document.getElementById('signin-pages');
  var wanted = new URLSearchParams(location.search).get('return');
  var SIGNED_OUT = 'lcmhub.staff.signedOut';

  /** Whether this tab just signed out (auth.js leaves a mark for this page), forgetting it. */
  function justSignedOut() {
    try {
      var was = sessionStorage.getItem(SIGNED_OUT) === '1';
      sessionStorage.removeItem(SIGNED_OUT);
      return was;
    } catch (e) { return false; }
  }

  function show() {
    var user = window.LcmAuth.user();
    panel.hidden = false;
    go.hidden = !!user;
    out.hidden = !user;
    pages.hidden = !user;
    if (user) {
      state.textContent = t('signin.signedInAs', { email: user.email }) + ' · '
        + user.groups.map(function (g) { return t('signin.role.' + g); }).join(', ');
      Array.prototype.forEach.call(pages.querySelectorAll('[data-for]'), function (li) {
        li.hidden = user.groups.indexOf(li.getAttribute('data-for')) < 0;
      });
    } else {
      state.textContent = justSignedOut() ? t('signin.signedOut') : t('signin.notSignedIn');
    }
  }

  go.addEventListener('click', function () {
    go.disabled = true;
    window.LcmAuth.signIn(wanted || location.pathname).then(function (started) {
      if (!started) { state.textContent = t('signin.unavailable'); go.disabled = false; }
    });
  });
  out.addEventListener('click', function () { window.LcmAuth.signOut(); });
  show();
}());
