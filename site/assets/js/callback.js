// The sign-in service sends staff back here with a code: LcmAuth trades it for tokens and goes on
// to the page wanted; otherwise this page says so, in the language sign-in started from.
(function () {
  'use strict';
  var lang = 'en';
  try { lang = (JSON.parse(sessionStorage.getItem('lcmhub.staff.pending')) || {}).lang === 'fr' ? 'fr' : 'en'; } catch (e) { lang = 'en'; }
  document.documentElement.lang = lang;
  Array.prototype.forEach.call(document.querySelectorAll('[data-lang]'), function (block) {
    block.hidden = block.getAttribute('data-lang') !== lang;
  });
  var shown = document.querySelector('[data-lang="' + lang + '"]');
  document.title = shown.querySelector('h1').textContent + ' · LCM Hub';
  window.LcmAuth.completeSignIn().then(function (problem) {
    if (!problem) { return; }
    shown.querySelector('[data-state=working]').hidden = true;
    shown.querySelector('[data-state=failed]').hidden = false;
  });
}());
