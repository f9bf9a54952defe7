// The sign-in service sends staff back here with a code: LcmAuth trades it for tokens and goes on
// to the page wanted; otherwise this page says so, in the reader's language (LcmAuth.readerLang: the
// sign-in this tab started, else the last staff page read here, else the browser's; this one address
// serves both languages, so it loads both word lists and picks one).
(function () {
  'use strict';
  // Read before completeSignIn forgets the pending sign-in.
  var lang = window.LcmAuth.readerLang();
  var words = (window.LcmMessages || {})[lang] || {};
  function t(key) { return words[key] || key; }
  function put(id, key) { document.getElementById(id).textContent = t(key); }

  document.documentElement.lang = lang;
  document.title = t('signin.title') + ' · LCM Hub';
  put('callback-title', 'signin.title');
  put('callback-working', 'signin.working');
  put('callback-problem', 'signin.failed');
  put('callback-back', 'signin.local.back');
  document.getElementById('callback-back').href = lang === 'fr' ? '/fr/connexion-equipe.html' : '/en/staff-sign-in.html';
  window.LcmAuth.completeSignIn().then(function (problem) {
    if (!problem) { return; }
    document.getElementById('callback-working').hidden = true;
    document.getElementById('callback-failed').hidden = false;
  });
}());
