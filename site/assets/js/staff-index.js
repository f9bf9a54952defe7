// The team's index page (/<lang>/staff/): someone signed in in this tab is not asked to sign in
// again; the page says who they are and lists the pages of their role, as the sign-in page does.
// Signed out (or without a script), the baked prompt and the whole list stay.
(function () {
  'use strict';
  var user = window.LcmAuth && window.LcmAuth.user();
  if (!user) { return; }
  var t = window.LcmI18n.t;
  var who = document.getElementById('staff-index-who');
  var nav = document.getElementById('staff-index-pages');
  var heading = document.getElementById('staff-index-pages-heading');
  document.getElementById('staff-index-prompt').hidden = true;
  who.textContent = t('signin.signedInAs', { who: user.name || user.email });
  if (user.name) { who.title = user.email; }
  who.hidden = false;
  // Now a list of their own pages, named by its visible heading.
  heading.hidden = false;
  nav.removeAttribute('aria-label');
  nav.setAttribute('aria-labelledby', heading.id);
  Array.prototype.forEach.call(nav.querySelectorAll('[data-for]'), function (li) {
    li.hidden = user.groups.indexOf(li.getAttribute('data-for')) < 0;
  });
}());
