// The 404 page answers every missing address, so it takes the language of the address: a French
// reader who mistypes /fr/… gets the French header, footer and words. It runs before the page's
// other scripts (first in <head>, deferred), so they read the language it sets. Without
// JavaScript the page stays bilingual under the English header.
'use strict';

(function () {
  var match = /^\/(en|fr)\//.exec(location.pathname);
  if (!match) return;
  var lang = match[1];
  var root = document.documentElement;
  var own = document.querySelector('template[data-page-in="' + lang + '"]');
  if (own && root.lang !== lang) {
    var parts = own.content;
    [['.skip-link', '.skip-link'], ['.site-header', '.site-header'], ['.site-footer', '.site-footer']].forEach(function (p) {
      var now = document.querySelector('body > ' + p[0]);
      var next = parts.querySelector(p[1]);
      if (now && next) now.parentNode.replaceChild(document.importNode(next, true), now);
    });
    root.lang = lang;
  }
  if (own) document.title = own.getAttribute('data-title');
  // The words of the other language are hidden; the element of the page's own language no longer
  // needs its lang attribute, nor its section a heading naming the language (the page has one).
  Array.prototype.forEach.call(document.querySelectorAll('[data-page-lang]'), function (e) {
    if (e.getAttribute('data-page-lang') !== lang) { e.hidden = true; } else if (e.getAttribute('lang') === lang) { e.removeAttribute('lang'); }
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-both-languages]'), function (h) {
    h.hidden = true;
    h.closest('section').removeAttribute('aria-labelledby');
  });
})();
