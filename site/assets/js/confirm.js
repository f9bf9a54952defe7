// The one in-page question of the pages that ask before acting (leaving or erasing on My page,
// approving guides, publishing a matching, cancelling a mentor's meeting or series, taking
// someone off a cohort's team, removing one of its places, closing its sign-ups): layout.ftl's
// confirmBox, never a browser dialog.
// It is an alertdialog: focus moves into it when it opens; Escape or "no" closes it and gives focus
// back to the button that asked, so a keyboard user carries on where they were; "yes" closes it
// and acts. The page sets the question's words before asking. window.LcmConfirm = { ask, close }.
'use strict';

(function () {
  var pending = new WeakMap(); // box → { opener, act } while it asks

  function close(box, back) {
    var asked = pending.get(box);
    pending.delete(box);
    box.hidden = true;
    if (asked && asked.hide) asked.hide.hidden = false;
    if (back && asked && asked.opener && document.contains(asked.opener)) asked.opener.focus();
  }

  function wire(box) {
    if (box.hasAttribute('data-confirm-ready')) return;
    box.setAttribute('data-confirm-ready', '');
    box.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { e.preventDefault(); close(box, true); }
    });
    box.querySelector('[data-confirm-no]').addEventListener('click', function () { close(box, true); });
    box.querySelector('[data-confirm-yes]').addEventListener('click', function () {
      var asked = pending.get(box);
      close(box, false);
      if (asked) asked.act();
    });
  }

  /**
   * Shows {@code box}, asked by {@code opener}; {@code act} runs on "yes". {@code hide} (optional):
   * what is hidden while the question is asked, given back when it closes, so that the button that
   * asked is not read beside the answer that acts.
   */
  function ask(box, opener, act, hide) {
    wire(box);
    // Asked again by another button before an answer: what the first question hid comes back.
    var before = pending.get(box);
    if (before && before.hide && before.hide !== hide) before.hide.hidden = false;
    pending.set(box, { opener: opener, act: act, hide: hide });
    if (hide) hide.hidden = true;
    box.hidden = false;
    box.focus();
  }

  window.LcmConfirm = {
    ask: ask,
    /** Hides the box without acting, focus left where it is (the page moved on). */
    close: function (box) { close(box, false); }
  };
})();
