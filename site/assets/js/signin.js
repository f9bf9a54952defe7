// The staff sign-in page: who is signed in in this tab, with their role and pages, or a button
// that starts sign-in (and comes back to ?return=, a page of this site, when given). Already
// signed in, a link with ?return= goes straight on to that page.
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
      // Here the address too: it is the account an invitation was sent to.
      var who = user.name ? t('signin.nameAndAddress', { name: user.name, email: user.email }) : user.email;
      state.textContent = t('signin.signedInAs', { who: who }) + ' · '
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

  /**
   * Someone already signed in who follows a link with ?return= (an invitation mail's, to a
   * cohort) goes straight on to it, as sign-in would have taken them; only a page of this site,
   * as for sign-in, and only while the session still holds (token() is null once it has ended).
   */
  function onwards() {
    var onward = window.LcmAuth.returnPath(wanted);
    if (!onward || !window.LcmAuth.user() || new URL(onward, location.href).pathname === location.pathname) {
      return Promise.resolve(false);
    }
    return window.LcmAuth.token().then(function (id) {
      if (id) { location.replace(onward); }
      return !!id;
    }, function () { return false; });
  }

  onwards().then(function (leaving) { if (!leaving) { show(); } });
}());
