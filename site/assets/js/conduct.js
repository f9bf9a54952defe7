// A cohort's code of conduct as its team wrote it: one paragraph per blank-line-separated block,
// set as text (never read as HTML). One piece of code for both places that show it: the sign-up
// form (hub.js) and My page (community-me.js).
'use strict';

(function () {
  /** The code's paragraphs, trimmed, empty ones left out. */
  function paragraphs(text) {
    return String(text || '').split(/\n\s*\n/).map(function (p) { return p.trim(); }).filter(Boolean);
  }

  /** Replaces the paragraphs in {@code box} by the code's; returns how many there are. */
  function render(box, text) {
    Array.prototype.slice.call(box.querySelectorAll('p')).forEach(function (p) { p.remove(); });
    var parts = paragraphs(text);
    parts.forEach(function (para) {
      var p = document.createElement('p');
      p.textContent = para;
      box.appendChild(p);
    });
    return parts.length;
  }

  window.LcmConduct = { paragraphs: paragraphs, render: render };
})();
