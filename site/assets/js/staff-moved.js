// A team page that moved: go to its new address, keeping the query (?cohort=) and the fragment.
(function () {
  'use strict';
  var to = document.currentScript && document.currentScript.getAttribute('data-to');
  if (to) { location.replace(to + location.search + location.hash); }
}());
