// My page: the learner proposes another time for one coming 1:1 (a date and time in their own
// zone, an optional message; POST /api/me/one-to-one/meetings/{planned}/proposal) and reads what
// became of their proposals. learner.js hands over the series with the 'lcm:one-to-one' event.
(function () {
  'use strict';
  var I = window.LcmI18n;
  var K = window.LcmLearnerKey;
  var box = document.getElementById('me-proposal');
  if (!box || !I || !K) return;
  var form = document.getElementById('me-proposal-form');
  var state = document.getElementById('me-proposal-state');
  var said = document.getElementById('me-proposal-status');
  var pick = form.elements.meeting;
  var current = null;

  /**
   * A time on the learner's clock as the API worked it out ("2026-12-10T18:30"), as it is; `full`:
   * its day in full ("Tuesday 8 December 2026 at 23:00"), as My page's other sentences say one day:
   * what became of a proposal, and each meeting to choose from, which a person reads as a day, not
   * as the shorthand of a table.
   */
  function when(local, full) {
    var l = I.local(local);
    return I.t('me.proposal.when', { date: full && l.date ? I.longDate(String(local).slice(0, 10)) : l.date, time: l.time });
  }

  function say(text, error) {
    said.textContent = text || '';
    said.className = error ? 'staff-status staff-error' : 'staff-status';
    said.hidden = !text;
  }

  /** What became of each proposal for a meeting still to come, newest answer first. */
  function show(detail) {
    current = detail;
    var o = detail.oneToOne;
    var zone = detail.timezone;
    var now = Date.now();
    var coming = (o && o.meetings || []).filter(function (m) {
      return m.status !== 'cancelled' && new Date(m.start).getTime() > now;
    });
    box.hidden = !coming.length;
    state.textContent = '';
    pick.textContent = '';
    // An accepted move is news while the meeting is still where it was moved to; moved again since,
    // the line would name a time nobody accepted. Several at once each name the meeting they moved.
    var accepted = coming.filter(function (m) { return m.proposal && m.proposal.status === 'accepted'; });
    var stale = accepted.filter(function (m) { return new Date(m.proposal.start).getTime() !== new Date(m.start).getTime(); });
    var several = accepted.length - stale.length > 1;
    coming.forEach(function (m) {
      var p = m.proposal;
      // A meeting whose proposal waits for the mentor's answer takes no other until then.
      if (!p || p.status !== 'open') {
        var opt = document.createElement('option');
        opt.value = m.planned;
        opt.textContent = when(m.learnerLocal, true);
        pick.appendChild(opt);
      }
      if (!p || stale.indexOf(m) >= 0) return;
      // Withdrawn: the mentor moved this meeting (alone or with the series); the learner may propose again,
      // as once the time they proposed went by unanswered (passed).
      var key = p.status === 'open' ? 'me.proposal.open' : p.status === 'declined' ? 'me.proposal.declined'
        : p.status === 'withdrawn' ? 'me.proposal.withdrawn' : p.status === 'passed' ? 'me.proposal.passed'
          : 'me.proposal.accepted';
      var line = document.createElement('p');
      line.className = 'learner-proposal';
      line.setAttribute('data-status', p.status);
      // The day it was planned on, on the learner's clock; one kept apart from a changed rule has only its planned date.
      var was = I.longDate(String(m.was ? m.was.learnerLocal : m.planned).slice(0, 10));
      line.textContent = I.t(several && p.status === 'accepted' ? 'me.proposal.acceptedOf' : key,
        { proposed: when(p.learnerLocal, true), meeting: when(m.learnerLocal, true), name: detail.mentorName, was: was });
      state.appendChild(line);
      if (p.status === 'declined' && p.reply) {
        var q = document.createElement('blockquote');
        q.className = 'learner-quote';
        q.textContent = p.reply;
        state.appendChild(q);
      }
    });
    state.hidden = !state.childNodes.length;
    form.closest('details').hidden = !pick.options.length;
    var named = form.querySelector('[data-zone]');
    if (coming.length) I.withZones().then(function () { named.textContent = I.t('me.proposal.zone', { zone: I.zone(zone) }); });
  }

  function fieldError(name, text) {
    var input = form.elements[name];
    var hint = document.getElementById('me-proposal-' + name + '-error');
    if (input) input.setAttribute('aria-invalid', text ? 'true' : 'false');
    if (hint) { hint.textContent = text || ''; hint.hidden = !text; }
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    ['date', 'time', 'message'].forEach(function (n) { fieldError(n, null); });
    var planned = pick.value;
    var body = { date: form.elements.date.value || null, time: form.elements.time.value || null };
    if (form.elements.message.value.trim()) body.message = form.elements.message.value.trim();
    fetch('/api/me/one-to-one/meetings/' + encodeURIComponent(planned) + '/proposal', {
      method: 'POST', body: JSON.stringify(body),
      headers: Object.assign(K.headers(), { 'Content-Type': 'application/json' })
    }).then(function (r) {
      return r.json().catch(function () { return null; }).then(function (json) { return { r: r, json: json }; });
    }).then(function (x) {
      if (x.r.status === 201) {
        current.oneToOne.meetings.forEach(function (m) { if (m.planned === planned) m.proposal = x.json.proposal; });
        show(current);
        form.reset();
        form.closest('details').open = false;
        say(I.t('me.proposal.sent', { name: current.mentorName }));
        return;
      }
      if (x.r.status === 400) {
        var error = (x.json && x.json.error) || {};
        var fields = error.fields || {};
        // After the learner's last day: the cohort's end or their own plan's, with the day.
        var past = error.code === 'past_last_day' && error.params
          ? I.t(error.params.setBy === 'plan' ? 'me.proposal.err.pastPlanEnd' : 'me.proposal.err.pastCohortEnd',
            { date: I.longDate(error.params.lastDay) })
          : null;
        var why = error.params || {};
        Object.keys(fields).forEach(function (k) {
          fieldError(k, past || I.t(why[k] === 'same-time' ? 'me.proposal.err.sameTime' : 'me.proposal.err.' + k));
        });
        say(I.t('me.proposal.correct'), true);
        var first = form.querySelector('[aria-invalid=true]');
        if (first) first.focus();
        return;
      }
      var refused = (x.json && x.json.error) || {};
      // Over another 1:1 of the series: named on the learner's clock, on the time asked.
      if (refused.code === 'meeting_overlap' && refused.params && refused.params.learnerLocal) {
        fieldError('time', I.t('me.proposal.err.overlap', { when: when(refused.params.learnerLocal, true) }));
        say(I.t('me.proposal.correct'), true);
        form.elements.time.focus();
        return;
      }
      say(I.t(x.r.status === 409 ? 'me.proposal.waiting' : x.r.status === 404 ? 'me.proposal.gone' : 'me.data.failed'), true);
    }, function () { say(I.t('me.data.failed'), true); });
  });

  document.getElementById('me-one-to-one').addEventListener('lcm:one-to-one', function (e) { show(e.detail); });
})();
