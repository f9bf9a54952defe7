// Which weeks a learner can check in for, in words, for My page (learner.js) and the check-in page:
// the cohort's, or to the end of the learner's own plan when it runs past the cohort's (the API's
// checkInsUntil, as the check-in API takes them). On the check-in page, with the key this browser
// holds, it says above the form why the form is still open after the cohort, or why it is closed.
'use strict';

(function () {
  var I = window.LcmI18n;

  /** The day (yyyy-MM-dd) a date falls on in an IANA zone: the learner's weeks are theirs (LcmI18n.dayIn). */
  function dayIn(date, zone) { return I.dayIn(date, zone); }

  /** The last day of the weeks the check-in takes (ISO dates compare as strings). */
  function until(me) { return me.checkInsUntil || me.cohort.endDate; }

  /**
   * Whether the check-in form takes this week's check-in on {@code today}, and the words that say
   * why not, or why still (after the cohort's end, within the learner's own plan); '' when there is
   * nothing to say.
   */
  function state(me, today) {
    var c = me.cohort;
    var end = until(me);
    if (today < c.startDate) return { open: false, text: I.t('me.checkin.notYet', { date: I.longDate(c.startDate) }) };
    if (today > end) {
      return { open: false, text: end > c.endDate ? I.t('me.checkin.ownPlanOver', { date: I.longDate(end) }) : I.t('me.checkin.over') };
    }
    if (today > c.endDate) return { open: true, text: I.t('me.checkin.ownPlan', { end: I.longDate(c.endDate), date: I.longDate(end) }) };
    return { open: true, text: '' };
  }

  // Sending again replaces the week's answer: the form starts from what was sent rather than blank,
  // on My page and on the check-in page alike.
  function prefill(form, sent) {
    if (!form || form.dataset.prefilled === sent.submittedAt) return;
    form.dataset.prefilled = sent.submittedAt;
    form.elements.progress.value = sent.progress;
    form.elements.hoursSpent.value = I.lang() === 'fr' ? String(sent.hoursSpent).replace('.', ',') : sent.hoursSpent;
    var mood = form.querySelector('input[name="mood"][value="' + sent.mood + '"]');
    if (mood) mood.checked = true;
    form.elements.blockers.value = sent.blockers || '';
    form.elements.needHelp.checked = !!sent.needHelp;
    // The request for help shown ticked: unticking it now withdraws it (the API keeps one not shown).
    shown(form, !!sent.needHelp);
    form.elements.message.value = sent.message || '';
    if (form.elements.stepReached && sent.stepReached) form.elements.stepReached.value = sent.stepReached;
  }

  // Once sent, hub.js unticks the box for the next week: no request shown until the form starts again from one.
  function shown(form, asked) {
    if (!form.elements.helpShown) return;
    form.elements.helpShown.value = asked ? 'true' : '';
    if (form.dataset.helpWatched) return;
    form.dataset.helpWatched = 'true';
    form.addEventListener('lcm:sent', function () { form.elements.helpShown.value = ''; });
  }

  window.LcmCheckInWeeks = { dayIn: dayIn, until: until, state: state, prefill: prefill, monday: monday };

  var box = document.getElementById('checkin-weeks');
  var form = box && document.querySelector('.checkin-form');
  if (!box || !I || !form) return;

  // The form without its fields, the words above it kept: nothing left to send (again).
  function closeForm() {
    Array.prototype.forEach.call(form.children, function (child) {
      if (!child.classList.contains('form-success') && child.type !== 'hidden') child.hidden = true;
    });
  }

  // Sent: the way back to My page, as the page without a script gives it, instead of an empty form
  // that invites sending twice (sending again the same week replaces the check-in: My page offers it).
  form.addEventListener('lcm:sent', function () {
    var success = form.querySelector('.form-success');
    var back = document.createElement('a');
    back.className = 'button';
    back.href = box.dataset.mePage;
    back.textContent = I.t('nav.myPage');
    var line = document.createElement('p');
    line.className = 'actions';
    line.appendChild(back);
    success.appendChild(line);
    closeForm();
  });

  // The weeks the form takes: only with a key held here (a pasted key is not read before sending).
  var K = window.LcmLearnerKey;
  if (!K || !K.get()) return;
  fetch('/api/me', { headers: K.headers(), cache: 'no-store' })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (me) {
      if (!me || me.status !== 'enrolled' || !me.cohort) return;
      var today = dayIn(new Date(), me.timezone);
      var s = state(me, today);
      // As My page says it: this week's check-in is sent already (sending again replaces it).
      var sent = s.open && (me.checkIns || []).filter(function (x) { return x.weekStart === monday(today); })[0];
      var text = [s.text, sent ? I.t(sent.needHelp ? 'me.checkin.sentHelp' : 'me.checkin.sent') : ''].filter(Boolean).join(' ');
      box.textContent = text;
      box.hidden = !text;
      // Not open (before the cohort's first week, or after the last): the sentence, not a form it would refuse.
      if (!s.open) form.hidden = true;
      else showPlan();
      if (sent) prefill(form, sent);
    }, function () { /* the form still works; the API words a refused week */ });

  // The hours a week the learner's own plan aims at, as My page says them: what to weigh this week's against.
  function showPlan() {
    var line = document.getElementById('checkin-plan');
    if (!line) return;
    fetch('/api/me/plan', { headers: K.headers(), cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (folder) {
        var p = folder && folder.plan;
        if (!p) return;
        line.textContent = I.t(p.changedBy === 'path' ? 'plans.checkin.planPath' : 'plans.checkin.plan',
          { hours: p.weeklyHours, date: I.longDate(p.endDate) });
        line.hidden = false;
      }, function () { /* the plan is said on My page too */ });
  }

  /** The Monday (yyyy-MM-dd) of a day's week, as the API names a check-in's week (weekStart). */
  function monday(iso) {
    var d = new Date(Date.parse(iso));
    d.setUTCDate(d.getUTCDate() - (d.getUTCDay() + 6) % 7);
    return d.toISOString().slice(0, 10);
  }
})();
