// The team's index page (/<lang>/staff/): someone signed in in this tab is not asked to sign in
// again; the page says who they are, offers sign-out and lists the pages of their role, as the
// sign-in page does.
// Signed out (or without a script), the baked prompt and the whole list stay.
(function () {
  'use strict';
  var user = window.LcmAuth && window.LcmAuth.user();
  if (!user) { return; }
  var nav = document.getElementById('staff-index-pages');
  var heading = document.getElementById('staff-index-pages-heading');
  document.getElementById('staff-index-prompt').hidden = true;
  // Named as the staff header names them, with the same way out.
  window.LcmAuth.describe(document.getElementById('staff-index-who'), user);
  document.getElementById('staff-index-sign-out').addEventListener('click', function () { window.LcmAuth.signOut(); });
  document.getElementById('staff-index-user').hidden = false;
  // Now a list of their own pages, named by its visible heading.
  heading.hidden = false;
  nav.removeAttribute('aria-label');
  nav.setAttribute('aria-labelledby', heading.id);
  Array.prototype.forEach.call(nav.querySelectorAll('[data-for]'), function (li) {
    li.hidden = user.groups.indexOf(li.getAttribute('data-for')) < 0;
  });
}());
