// The mentor's page: the mentees first (GET /api/mentors/me/mentees) with their standing and
// what waits for the mentor's answer (a 1:1 time the mentee proposed), a
// recurring 1:1 (the series already set shown, changed or cancelled; the mentor's and the
// mentee's local times side by side, a warning before saving one at night for the mentee or past their
// cohort's end), its invite, session notes and a release; then the one
// profile editor (GET/PUT /api/mentors/me: paths by title, languages, mail language and time zone picked), with
// field errors next to the fields. A route this hub does not serve yet gets a plain message.
(function () {
  'use strict';
  var S = window.LcmStaff;
  var el = S.el;
  var form = document.getElementById('mentor-profile');
  var slots = document.getElementById('profile-slots');
  var profileStatus = document.getElementById('profile-status');
  var t = S.t;
  var DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

  /** A day as the mentor reads it in a sentence, in full ("Monday 7 December 2026", « lundi 1er mars 2027 »): LcmI18n.longDate. */
  function long(iso) { return iso ? window.LcmI18n.longDate(iso) : ''; }

  // ---- Profile ------------------------------------------------------------------------------
  function renumber() {
    Array.prototype.forEach.call(slots.children, function (li, n) {
      li.querySelector('[data-remove]').setAttribute('aria-label', t('mentor.removeSlot', { n: n + 1 }));
    });
  }

  function addSlot(slot) {
    var li = document.getElementById('slot-row').content.firstElementChild.cloneNode(true);
    if (slot) {
      li.querySelector('[data-part=day]').value = slot.day;
      li.querySelector('[data-part=from]').value = slot.from;
      li.querySelector('[data-part=to]').value = slot.to;
    }
    li.querySelector('[data-remove]').addEventListener('click', function () {
      li.remove();
      renumber();
      document.getElementById('profile-add-slot').focus();
    });
    slots.appendChild(li);
    renumber();
    return li;
  }

  function list(value) {
    return value.split(',').map(function (s) { return s.trim(); }).filter(Boolean);
  }

  /**
   * The API's field errors in this page's language: one message of the catalogue per field it names;
   * a date after the mentor's today (params: that reason and the latest day) names the day, in full.
   */
  function worded(fields, params) {
    var out = {};
    var why = params || {};
    Object.keys(fields || {}).forEach(function (k) {
      if (why[k] === 'after-today' && why.latestDate) {
        out[k] = t('mentor.err.dateLatest', { date: window.LcmI18n.longDate(why.latestDate) });
        return;
      }
      out[k] = S.has('mentor.err.' + k) ? t('mentor.err.' + k) : t('mentor.err.unknown');
    });
    return out;
  }

  // The mentor's saved zone: their "today", as the server counts it (no zone saved: UTC, as it does).
  var myZone = 'UTC';

  /**
   * A date after the mentee's last day (API code past_last_day): its field's message names the
   * cohort's end or the mentee's own plan, whichever sets the day; null for any other error.
   */
  function pastLastDay(error, name) {
    if (error.code !== 'past_last_day' || !error.params) { return null; }
    var key = error.params.setBy === 'plan' ? 'mentor.err.pastPlanEnd' : 'mentor.err.pastCohortEnd';
    var out = {};
    Object.keys(error.fields || {}).forEach(function (k) {
      out[k] = t(key, { name: name, date: long(error.params.lastDay) });
    });
    return out;
  }

  /**
   * The other meeting a time would overlap (API code meeting_overlap), on the mentor's clock in
   * full ("Thursday 24 December 2026 at 07:00"); null for any other error.
   */
  function overlap(error) {
    return error.code === 'meeting_overlap' && error.params && error.params.mentorLocal
      ? S.localDateTime(error.params.mentorLocal) : null;
  }

  function checked(name) {
    return Array.prototype.filter.call(form.querySelectorAll('input[name="' + name + '"]'), function (i) {
      return i.checked;
    }).map(function (i) { return i.value; });
  }

  /**
   * Ticks the boxes of the values; a value the page has no box for (a path no longer published, a
   * language not offered) gets one, ticked, so saving the profile never drops it silently.
   */
  function check(name, values) {
    var boxes = form.querySelectorAll('input[name="' + name + '"]');
    var known = Array.prototype.map.call(boxes, function (i) { return i.value; });
    (values || []).filter(function (v) { return known.indexOf(v) < 0; }).forEach(function (v) {
      var id = 'profile-' + name + '-extra-' + v.replace(/[^a-z0-9-]/gi, '');
      var p = el('p', { 'class': 'choice' });
      p.appendChild(el('input', { type: 'checkbox', id: id, name: name, value: v }));
      p.appendChild(el('label', { 'for': id }, name === 'languages' ? S.languageName(v) : S.pathTitle(v)));
      document.getElementById('profile-' + name).appendChild(p);
    });
    Array.prototype.forEach.call(form.querySelectorAll('input[name="' + name + '"]'), function (i) {
      i.checked = (values || []).indexOf(i.value) >= 0;
    });
  }

  function fillProfile(p) {
    myZone = p.timezone || 'UTC';
    form.elements.name.value = p.name || '';
    check('paths', p.paths);
    form.elements.skills.value = (p.skills || []).join(', ');
    check('languages', p.languages);
    // A saved profile gives the language its mails are in; a new one is offered the page's own.
    form.elements.mailLanguage.value = p.mailLanguage || S.lang;
    window.LcmI18n.zoneChoices(form.elements.timezone, p.timezone);
    form.elements.capacity.value = p.capacity || '';
    form.elements.paused.checked = !!p.paused;
    slots.textContent = '';
    (p.availability || []).forEach(addSlot);
    document.getElementById('mentor-profile-state').textContent = p.capacity
      ? S.plural('mentor.places', p.assigned || 0, { capacity: p.capacity }) : '';
  }

  function profileBody() {
    var capacity = form.elements.capacity.value.trim();
    return {
      name: form.elements.name.value.trim() || null,
      paths: checked('paths'),
      skills: list(form.elements.skills.value),
      languages: checked('languages'),
      timezone: form.elements.timezone.value || null,
      capacity: /^\d+$/.test(capacity) ? parseInt(capacity, 10) : (capacity || null),
      paused: form.elements.paused.checked,
      mailLanguage: form.elements.mailLanguage.value || null,
      availability: Array.prototype.map.call(slots.children, function (li) {
        return { day: li.querySelector('[data-part=day]').value, from: li.querySelector('[data-part=from]').value,
          to: li.querySelector('[data-part=to]').value };
      })
    };
  }

  function loadProfile() {
    S.call('GET', '/api/mentors/me').then(function (r) {
      if (r.status === 401) { signIn(); return; }
      if (r.status === 403) { S.refused(r); return; }
      document.getElementById('mentor-profile-section').hidden = false;
      if (r.ok && r.json.saved) {
        fillProfile(r.json);
      } else if (r.ok) { // a new mentor: no profile saved yet (an empty state, no error in the console)
        var zone = window.LcmI18n.browserZone();
        window.LcmI18n.zoneChoices(form.elements.timezone, zone);
        // The name their sign-in gave (the one their invitation was sent with): theirs to change.
        form.elements.name.value = r.json.name || '';
        check('languages', [S.lang]);
        addSlot();
        document.getElementById('mentor-profile-state').textContent = t('mentor.noProfile');
      } else {
        S.say(profileStatus, t('mentor.unreadable'), 'error');
      }
      loadMentees();
    });
  }


  form.addEventListener('submit', function (e) {
    e.preventDefault();
    S.clearErrors(form);
    S.say(profileStatus, t('mentor.saving'));
    S.call('PUT', '/api/mentors/me', profileBody()).then(function (r) {
      if (r.ok) {
        fillProfile(r.json);
        S.say(profileStatus, t('mentor.saved'));
        return;
      }
      var error = (r.json && r.json.error) || {};
      var marks = worded(error.fields);
      // Fewer places than mentees already placed: the field says how many, the rest stays as typed.
      if (error.code === 'below_placed' && error.params) {
        var placed = parseInt(error.params.placed, 10);
        marks.capacity = S.plural('mentor.err.belowPlaced', placed);
      }
      var left = S.showErrors(form, marks);
      S.say(profileStatus, left.length ? left.join(' ')
        : error.fields ? t('mentor.correct') : t('mentor.notSaved'), 'error');
    });
  });
  document.getElementById('profile-add-slot').addEventListener('click', function () {
    addSlot().querySelector('select').focus();
  });

  // ---- Mentees ------------------------------------------------------------------------------
  var menteesStatus = document.getElementById('mentees-status');

  /** The "Last report" line of a mentee's facts, written or rewritten; an LCM's report says so. */
  function lastReport(dl, last) {
    if (!last || !window.LcmPlans) { return; }
    var byTeam = last.author && last.author.role === 'lcm';
    var text = t(byTeam ? 'plans.mentee.lastReportBy' : 'plans.mentee.lastReportText', {
      date: long(last.date), outcome: window.LcmPlans.outcome(last.outcome), answer: window.LcmPlans.answer(last.answer),
      author: byTeam ? window.LcmPlans.author(last.author) : '' });
    var shown = dl.querySelector('dd[data-last-report]');
    if (shown) { shown.textContent = text; return; }
    row(dl, t('plans.mentee.lastReport'), text);
    dl.lastElementChild.setAttribute('data-last-report', '');
  }

  /** The latest of a mentee's reports by the 1:1's date (then by when it was written). */
  function newest(reports) {
    return (reports || []).slice().sort(function (a, b) {
      return (b.date || '').localeCompare(a.date || '') || (b.createdAt || '').localeCompare(a.createdAt || '');
    })[0];
  }

  function row(dl, label, value) {
    if (value === null || value === undefined || value === '') { return; }
    dl.appendChild(el('dt', {}, label));
    dl.appendChild(el('dd', {}, value));
  }

  function field(id, label, input) {
    var div = el('div', { 'class': 'field' });
    div.appendChild(el('label', { 'for': id }, label));
    input.id = id;
    div.appendChild(input);
    return div;
  }

  function input(type, name, attrs) {
    var tag = type === 'textarea' || type === 'select' ? type : 'input';
    var i = el(tag, attrs || {});
    if (tag === 'input') { i.type = type; }
    i.name = name;
    i.setAttribute('data-field', name);
    return i;
  }

  /** A <details> with a form; {@code send} gets the form and its status line. */
  function panel(title, id, fields, submitText, send) {
    var details = el('details', { 'class': 'staff-details' });
    details.appendChild(el('summary', {}, title));
    var f = el('form', { id: id, novalidate: '' });
    fields.forEach(function (x) { f.appendChild(x); });
    var actions = el('p', { 'class': 'staff-actions' });
    actions.appendChild(el('button', { type: 'submit' }, submitText));
    f.appendChild(actions);
    var state = el('p', { 'class': 'staff-status', role: 'status', id: id + '-status' });
    state.hidden = true;
    f.appendChild(state);
    f.addEventListener('submit', function (e) {
      e.preventDefault();
      S.clearErrors(f);
      send(f, state);
    });
    details.appendChild(f);
    return { details: details, form: f, state: state, actions: actions };
  }

  /** The usual answer handling: field errors inline, a plain message when the route is not there yet. */
  function answer(f, state, r, done, notYet, name) {
    if (r.ok) { state.hidden = true; done(r.json); return; }
    if (S.missing(r)) { S.say(state, notYet, 'error'); return; }
    var error = (r.json && r.json.error) || {};
    // New times over a moved meeting the series keeps: said with that meeting, nothing saved.
    var over = overlap(error);
    if (over) { S.say(state, t('mentor.err.overlapSeries', { when: over }), 'error'); return; }
    var left = S.showErrors(f, pastLastDay(error, name) || worded(error.fields, error.params));
    S.say(state, left.length ? left.join(' ') : error.fields ? t('mentor.correct') : t('mentor.failed'), 'error');
  }

  /**
   * The hours a meeting is "at night" for the mentee, on their clock: from NIGHT.from (22:00) up to
   * NIGHT.until (07:00). The one place the page decides it.
   */
  var NIGHT = { from: 22, until: 7 };

  /**
   * "Tuesday at 13:00 (Eastern Time)": a wall-clock time the API worked out in {@code zone} (an ISO
   * local date-time), as it is; the zone by its name in the reader's language, never its id.
   */
  /** The meetings still to come: neither cancelled nor begun (a preview's meetings have no status). */
  function toCome(meetings) {
    var now = Date.now();
    return (meetings || []).filter(function (x) { return x.status !== 'cancelled' && new Date(x.start).getTime() > now; });
  }

  /**
   * The series' weekly rule on the mentor's clock now: a mentor who moved since setting it reads
   * it where they are (mentorDay, mentorTime, mentorFrom), and the form, which the API reads in
   * their zone now, sends the same meetings back; else as it was set.
   */
  function rule(o) {
    return o.mentorTimezone ? { day: o.mentorDay, time: o.mentorTime, from: o.mentorFrom } : { day: o.day, time: o.time, from: o.from };
  }

  /** A meeting's wall-clock time in a zone: its weekday, or its whole date in full ({@code dated}) for one meeting. */
  function at(local, zone, instant, dated) {
    var l = window.LcmI18n.local(local);
    return t('staff.when', { date: dated ? long(String(local).slice(0, 10)) : l.day, time: l.time }) + ' (' + window.LcmI18n.zone(zone, instant) + ')';
  }

  // ---- Asking before cancelling: the page's one question (confirm.js), shown below what asks -----
  // The box is kept by reference: a list redrawn after an answer may take it out of the page.
  var confirmBox = document.getElementById('mentor-confirm');

  /** Asks {@code question} right after {@code after}; {@code act} runs on "yes". */
  function ask(opener, after, question, yes, no, act) {
    confirmBox.querySelector('#mentor-confirm-text').textContent = question;
    confirmBox.querySelector('[data-confirm-yes]').textContent = yes;
    confirmBox.querySelector('[data-confirm-no]').textContent = no;
    after.parentNode.insertBefore(confirmBox, after.nextSibling);
    window.LcmConfirm.ask(confirmBox, opener, act);
  }

  /**
   * The series' meetings still to come, each movable (an inline form: date and time in the
   * mentor's zone) or cancellable after a confirmation; {@code changed} gets the series answered.
   */
  function meetingsList(m, n, base, o, changed) {
    var box = el('div', { 'class': 'staff-meetings' });
    var now = Date.now();
    var coming = (o.meetings || []).filter(function (x) {
      return new Date(x.start).getTime() + o.durationMinutes * 60000 > now;
    });
    // The heading names what the list holds: the meeting under way, when there is one, is not "coming".
    var under = coming.filter(function (x) { return isUnderWay(o, x); }).length;
    var title = el('h4', { id: 'm' + n + '-meetings-title' },
      t(!under ? 'mentor.meetings' : coming.length > 1 ? 'mentor.meetingsUnderWay' : 'mentor.meetingsUnderWayOnly'));
    box.appendChild(title);
    var state = el('p', { 'class': 'staff-status', role: 'status', id: 'm' + n + '-meetings-status' });
    state.hidden = true;
    if (!coming.length) { box.appendChild(el('p', { 'class': 'hint' }, t('mentor.meetingsNone'))); }
    var ul = el('ul', { 'class': 'staff-meetings-list', 'aria-labelledby': title.id });
    coming.forEach(function (x, i) { ul.appendChild(meetingItem(m, n + '-' + i, base, o, x, state, changed)); });
    box.appendChild(ul);
    box.appendChild(state);
    return box;
  }

  function isUnderWay(o, x) { return !!o.underWay && o.underWay.planned === x.planned; }

  function meetingItem(m, id, base, o, x, state, changed) {
    var li = el('li', { 'class': 'staff-meeting', 'data-status': x.status });
    var path = base + '/one-to-one/meetings/' + encodeURIComponent(x.planned);
    // Both clocks as the server reads them (the browser's zone data may differ: Morocco's offset).
    var line = t('mentor.meetingAt', { mine: S.localDateTime(x.mentorLocal), name: m.name,
      theirs: S.localDateTime(x.learnerLocal) });
    li.appendChild(el('p', { 'class': x.status === 'cancelled' ? 'staff-meeting-when cancelled' : 'staff-meeting-when' }, line));
    // Begun and not over: under way, until when, with nothing to move or cancel (the API no longer
    // changes a meeting begun); the series line counts it neither past nor to come. One sentence
    // says where a meeting stands, moved and under way alike.
    var under = isUnderWay(o, x);
    var until = under ? window.LcmI18n.time(o.underWay.until.mentorLocal.slice(11, 16)) : null;
    var status = x.status === 'cancelled' ? t('mentor.meetingCancelled')
      : under && x.status === 'moved' ? t('mentor.meetingUnderWayMoved', { time: until, date: long(x.planned) })
      : under ? t('mentor.meetingUnderWay', { time: until })
      : x.status === 'moved' ? t('mentor.meetingMoved', { date: long(x.planned) }) : null;
    if (status) { li.appendChild(el('p', { 'class': 'staff-meeting-status' }, status)); }
    if (x.status === 'cancelled' || under) { return li; }
    if (x.proposal && x.proposal.status === 'open') { li.appendChild(proposalBlock(m, id, path, o, x, state, changed)); }
    var actions = el('p', { 'class': 'staff-actions' });
    var move = el('button', { type: 'button', 'class': 'button-secondary', 'aria-expanded': 'false',
      'aria-controls': 'm' + id + '-move' }, t('mentor.meetingMove'));
    var cancel = el('button', { type: 'button', 'class': 'button-secondary' }, t('mentor.meetingCancel'));
    actions.appendChild(move);
    actions.appendChild(cancel);
    li.appendChild(actions);

    var f = el('form', { id: 'm' + id + '-move', 'class': 'staff-meeting-move', novalidate: '' });
    f.hidden = true;
    f.appendChild(field('m' + id + '-date', t('mentor.meetingDate'), input('date', 'date', { value: x.mentorLocal.slice(0, 10) })));
    f.appendChild(field('m' + id + '-time', t('mentor.meetingTime'), input('time', 'time', { value: x.mentorLocal.slice(11, 16) })));
    var send = el('p', { 'class': 'staff-actions' });
    send.appendChild(el('button', { type: 'submit' }, t('mentor.meetingMoveSave')));
    var keep = el('button', { type: 'button', 'class': 'button-secondary' }, t('mentor.meetingMoveClose'));
    send.appendChild(keep);
    f.appendChild(send);
    li.appendChild(f);
    move.addEventListener('click', function () {
      f.hidden = !f.hidden;
      move.setAttribute('aria-expanded', String(!f.hidden));
      if (!f.hidden) { f.elements.date.focus(); }
    });
    // Closing without moving (its button or Escape, as the confirmation boxes close): the form's
    // errors go with it and focus returns to where it opened.
    function keepIt() {
      S.clearErrors(f);
      f.hidden = true;
      move.setAttribute('aria-expanded', 'false');
      move.focus();
    }
    keep.addEventListener('click', keepIt);
    f.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { e.preventDefault(); keepIt(); }
    });
    function refused(out) {
      var left = S.showErrors(f, out);
      S.say(state, left.length ? left.join(' ') : t('mentor.correct'), 'error');
    }
    f.addEventListener('submit', function (e) {
      e.preventDefault();
      S.clearErrors(f);
      // Sent as it opened, on the meeting's own date and time: nothing to move (the API refuses it too).
      if (f.elements.date.value === x.mentorLocal.slice(0, 10) && f.elements.time.value === x.mentorLocal.slice(11, 16)) {
        refused({ time: t('mentor.meetingErr.sameTime') });
        return;
      }
      S.call('PUT', path, { date: f.elements.date.value || null, time: f.elements.time.value || null }).then(function (r) {
        if (r.ok) { changed(r.json.oneToOne, t('mentor.meetingMovedDone', { name: m.name })); return; }
        var error = (r.json && r.json.error) || {};
        if (r.status === 400) {
          var why = error.params || {};
          var out = pastLastDay(error, m.name);
          if (!out) {
            out = {};
            Object.keys(error.fields || {}).forEach(function (k) {
              var key = why[k] === 'same-time' ? 'mentor.meetingErr.sameTime'
                : why[k] === 'past' ? 'mentor.meetingErr.timePast' : 'mentor.meetingErr.' + k;
              out[k] = S.has(key) ? t(key) : t('mentor.err.unknown');
            });
          }
          refused(out);
          return;
        }
        // Over another meeting of the series: named on the mentor's clock, the form stays open.
        var over = overlap(error);
        if (over) { refused({ time: t('mentor.meetingErr.overlap', { when: over }) }); return; }
        gone(r);
      });
    });

    cancel.addEventListener('click', function () {
      ask(cancel, actions, t('mentor.meetingConfirm', { date: S.localDateTime(x.mentorLocal), name: m.name }),
        t('mentor.meetingConfirmYes'), t('mentor.meetingConfirmNo'), function () {
          S.call('DELETE', path).then(function (r) {
            if (r.ok) { changed(r.json.oneToOne, t('mentor.meetingCancelledDone', { name: m.name })); return; }
            gone(r);
          });
        });
    });

    /** 404 (no longer in the series) or 409 (already past): say so and read the series again. */
    function gone(r) {
      var text = r.status === 404 ? t('mentor.meetingGone') : r.status === 409 ? t('mentor.meetingPast') : t('mentor.failed');
      if (r.status === 404 || r.status === 409) {
        S.call('GET', base + '/one-to-one').then(function (g) { changed(g.ok && g.json ? g.json.oneToOne : null, text, true); });
      } else {
        S.say(state, text, 'error');
      }
    }
    return li;
  }

  /**
   * The mentee's open proposal of another time for this meeting, in both zones, with their message:
   * accept (the meeting moves, both mailed) or decline with an optional message (the mentee is mailed).
   */
  function proposalBlock(m, id, path, o, x, state, changed) {
    var p = x.proposal;
    var box = el('div', { 'class': 'staff-proposal', role: 'group', 'aria-labelledby': 'm' + id + '-proposal' });
    box.appendChild(el('p', { id: 'm' + id + '-proposal' }, t('mentor.proposal', { name: m.name,
      mine: S.localDateTime(p.mentorLocal), theirs: S.localDateTime(p.learnerLocal) })));
    if (p.message) { box.appendChild(el('blockquote', { 'class': 'learner-quote' }, p.message)); }
    var buttons = el('p', { 'class': 'staff-actions' });
    var accept = el('button', { type: 'button' }, t('mentor.proposalAccept'));
    var decline = el('button', { type: 'button', 'class': 'button-secondary', 'aria-expanded': 'false',
      'aria-controls': 'm' + id + '-decline' }, t('mentor.proposalDecline'));
    buttons.appendChild(accept);
    buttons.appendChild(decline);
    box.appendChild(buttons);
    var f = el('form', { id: 'm' + id + '-decline', novalidate: '' });
    f.hidden = true;
    var reply = el('textarea', { name: 'message', id: 'm' + id + '-reply', maxlength: '500' });
    f.appendChild(field('m' + id + '-reply', t('mentor.proposalReply', { name: m.name }), reply));
    var send = el('p', { 'class': 'staff-actions' });
    send.appendChild(el('button', { type: 'submit' }, t('mentor.proposalDeclineSend')));
    f.appendChild(send);
    box.appendChild(f);
    var url = path + '/proposal/answer';
    function answered(r, done) {
      if (r.ok) { changed(r.json.oneToOne, done); return; }
      if (r.status === 400) {
        // Accepting a time after the mentee's last day is refused as a move there is.
        var past = pastLastDay((r.json && r.json.error) || {}, m.name);
        S.say(state, past ? past.date : t('mentor.proposalErr'), 'error');
        return;
      }
      // The proposed time now overlaps another meeting (moved there since): said, the proposal still waits.
      var over = overlap((r.json && r.json.error) || {});
      if (over) { S.say(state, t('mentor.proposalOverlap', { name: m.name, when: over }), 'error'); return; }
      var text = r.status === 404 ? t('mentor.proposalGone') : r.status === 409 ? t('mentor.proposalPast') : t('mentor.failed');
      S.call('GET', path.replace(/\/meetings\/[^/]+$/, '')).then(function (g) {
        changed(g.ok && g.json ? g.json.oneToOne : null, text, true);
      });
    }
    accept.addEventListener('click', function () {
      S.call('POST', url, { answer: 'accepted' }).then(function (r) {
        answered(r, t('mentor.proposalAccepted', { name: m.name }));
      });
    });
    decline.addEventListener('click', function () {
      f.hidden = !f.hidden;
      decline.setAttribute('aria-expanded', String(!f.hidden));
      if (!f.hidden) { reply.focus(); }
    });
    f.addEventListener('submit', function (e) {
      e.preventDefault();
      var body = { answer: 'declined' };
      if (reply.value.trim()) { body.message = reply.value.trim(); }
      S.call('POST', url, body).then(function (r) { answered(r, t('mentor.proposalDeclined', { name: m.name })); });
    });
    return box;
  }

  function oneToOnePanel(m, n, base) {
    var day = input('select', 'day');
    DAYS.forEach(function (d) { day.appendChild(el('option', { value: d }, t('mentor.day.' + d))); });
    var oneToOne = panel(t('mentor.oneToOne'), 'm' + n + '-one', [
      field('m' + n + '-day', t('mentor.oneDay'), day),
      field('m' + n + '-time', t('mentor.oneTime'), input('time', 'time')),
      field('m' + n + '-duration', t('mentor.duration'), input('number', 'durationMinutes', { min: '15', max: '120', value: '30' })),
      field('m' + n + '-first', t('mentor.first'), input('date', 'firstDate')),
      field('m' + n + '-weeks', t('mentor.weeks'), input('number', 'weeks', { min: '1', max: '52', value: '8' })),
      field('m' + n + '-location', t('mentor.location'), input('text', 'location', { maxlength: '200' }))
    ], t('mentor.saveOneToOne'), function (f, state) {
      var body = { day: f.elements.day.value, time: f.elements.time.value || null,
        durationMinutes: Number(f.elements.durationMinutes.value) || null, weeks: Number(f.elements.weeks.value) || null };
      if (f.elements.firstDate.value) { body.firstDate = f.elements.firstDate.value; }
      if (f.elements.location.value.trim()) { body.location = f.elements.location.value.trim(); }
      var before = current;
      S.call('PUT', base + '/one-to-one', body).then(function (r) {
        answer(f, state, r, function (json) {
          f.dispatchEvent(new CustomEvent('lcm:saved', { detail: json.oneToOne }));
          // Saved as it was, the series keeps its version and no one is mailed: said so, not "sent".
          // A new series after one that is over has its own UID, from sequence 0 again.
          var same = before && before.uid === json.oneToOne.uid && before.sequence === json.oneToOne.sequence;
          S.say(state, t(same ? 'mentor.oneToOneUnchanged' : 'mentor.oneToOneSet', { name: m.name }));
        }, t('mentor.oneToOneMissing'), m.name);
      });
    });
    var ics = el('button', { type: 'button', 'class': 'button-secondary', hidden: '' }, t('mentor.ics'));
    ics.addEventListener('click', function () {
      S.download(base + '/one-to-one.ics', 'one-to-one.ics').then(function (code) {
        if (code === 200) { S.say(oneToOne.state, t('mentor.icsDone')); return; }
        S.say(oneToOne.state, code === 404 ? t('mentor.icsNone', { name: m.name }) : t('mentor.icsFailed'), 'error');
      });
    });
    oneToOne.actions.appendChild(ics);
    var cancel = el('button', { type: 'button', 'class': 'button-secondary', hidden: '' }, S.t('mentor.cancel'));
    oneToOne.actions.appendChild(cancel);
    var times = el('p', { 'class': 'hint', id: 'm' + n + '-times', 'aria-live': 'polite' });
    // Said before saving: a time at night for the mentee, meetings after their last day (the API stops the series there).
    var warnings = el('div', { id: 'm' + n + '-warnings', 'aria-live': 'polite' });
    var series = el('p', { 'class': 'staff-series', id: 'm' + n + '-series' });
    oneToOne.form.insertBefore(series, oneToOne.form.firstChild);
    oneToOne.form.insertBefore(times, oneToOne.actions);
    oneToOne.form.insertBefore(warnings, oneToOne.actions);
    var f = oneToOne.form;
    // The meetings as the server will plan them, each on both clocks (POST .../one-to-one/preview):
    // the browser's zone data may be old or differ from the server's, which writes mails and invites.
    var previewed = 0;
    function showTimes() {
      var asked = ++previewed;
      if (!f.elements.time.value) { times.textContent = ''; warnings.textContent = ''; return; }
      // A series over: nothing to say until the mentor picks the first date of new meetings.
      if (current && !current.left && !f.elements.firstDate.value) { times.textContent = ''; warnings.textContent = ''; return; }
      var minutes = Number(f.elements.durationMinutes.value);
      var weeks = Number(f.elements.weeks.value);
      // Only the times matter here: a duration or a count out of range is the save's to refuse.
      var body = { day: f.elements.day.value, time: f.elements.time.value,
        durationMinutes: minutes >= 15 && minutes <= 120 ? minutes : 30, weeks: weeks >= 1 && weeks <= 52 ? Math.floor(weeks) : 1 };
      if (f.elements.firstDate.value) { body.firstDate = f.elements.firstDate.value; }
      S.call('POST', base + '/one-to-one/preview', body).then(function (r) {
        if (asked !== previewed) { return; }
        warnings.textContent = '';
        var p = r.ok && r.json && r.json.preview;
        if (!p || !p.meetings.length) { times.textContent = ''; return; }
        var clocks = function (x) { return { at: new Date(x.start), mine: x.mentorLocal, theirs: x.learnerLocal }; };
        // A series under way: its held meetings stay where they were; the times said are those to come.
        var coming = toCome(p.meetings.filter(function (x) { return !x.apart; })).map(clocks);
        // The time said is the series' own, as the form's day and time: a meeting moved and kept (a
        // move the mentee asked for and the mentor accepted) is not at them, so the next one that is
        // is named, dated; only moved ones left, the next of those.
        var movedStarts = ((current && current.meetings) || []).filter(function (x) { return x.status === 'moved'; })
          .map(function (x) { return new Date(x.start).getTime(); });
        var regular = coming.filter(function (x) { return movedStarts.indexOf(x.at.getTime()) < 0; });
        // None to come (a series over, kept as it is): no time to name, the list below says so.
        var when = regular[0] || coming[0];
        // Dated: the next meeting may be next week's (today's hour already past), which the form's first date does not say.
        times.textContent = when ? S.t('mentor.times', { mine: at(when.mine, p.timezone, when.at, true), name: m.name,
          theirs: at(when.theirs, p.learnerTimezone, when.at, true) }) : '';
        // A night warning is for meetings still to come; a series over has none.
        var night = coming.filter(function (x) { var h = +x.theirs.slice(11, 13); return h >= NIGHT.from || h < NIGHT.until; })[0];
        // A change re-plans the meetings still to come; the ones moved or cancelled stay as they are.
        if (p.keptChanges) { warn(S.plural('mentor.keptChanges', p.keptChanges)); }
        // Moved meetings whose dates the new times do not have: they stay, not counted in the meetings asked.
        if (p.keptApart) { warn(S.plural('mentor.keptApart', p.keptApart)); }
        if (p.withdrawnProposals) { warn(S.plural('mentor.withdrawnProposals', p.withdrawnProposals, { name: m.name })); }
        // The form as saved: nothing is about to be saved, so the warning asks no check "before saving".
        var asSaved = current && current.left && f.elements.day.value === rule(current).day && f.elements.time.value === rule(current).time
          && Number(f.elements.weeks.value) === current.left && f.elements.firstDate.value === (rule(current).from || '');
        if (night) { warn(t(asSaved ? 'mentor.nightSet' : 'mentor.night', { name: m.name, time: at(night.theirs, p.learnerTimezone, night.at) })); }
        if (!m.lastDay) { return; }
        // Counted among the meetings to come, as the form counts them: the ones past stay as they were.
        if (!coming.length) { return; }
        var kept = coming.filter(function (x) { return x.theirs.slice(0, 10) <= m.lastDay; });
        // The mentee's own plan or the cohort: the API says which sets the day.
        var byPlan = m.lastDaySetBy === 'plan';
        if (!kept.length) { warn(t(byPlan ? 'mentor.allPastPlanEnd' : 'mentor.allPastEnd', { name: m.name, date: long(m.lastDay) })); }
        else if (kept.length < coming.length) {
          warn(t(byPlan ? 'mentor.pastPlanEnd' : 'mentor.pastEnd', { name: m.name, date: long(m.lastDay), kept: kept.length, weeks: coming.length,
            last: long(kept[kept.length - 1].mine.slice(0, 10)) }));
        }
      });
    }
    function warn(text) { warnings.appendChild(el('p', { 'class': 'notice' }, text)); }
    var meetings = null;
    var current = null;
    function showSeries(o, said, error) {
      current = o;
      // The preview was of the series as it was: gone at once, and any still on its way dropped, so
      // an accepted move or a meeting moved or cancelled from the list never leaves its old time said
      // while the new series' preview is asked for (showTimes, below).
      previewed++;
      times.textContent = '';
      warnings.textContent = '';
      oneToOne.details.dispatchEvent(new CustomEvent('lcm:series', { detail: o }));
      cancel.hidden = !o;
      ics.hidden = !o;
      if (!o && oneToOne.form.contains(confirmBox)) { window.LcmConfirm.close(confirmBox); }
      if (meetings) { meetings.remove(); meetings = null; }
      if (o) {
        meetings = meetingsList(m, n, base, o, showSeries);
        oneToOne.details.appendChild(meetings);
        // A proposal of the mentee's waits for an answer: the panel opens on it (one whose meeting went by is not asked about).
        if (toCome(o.meetings).some(function (x) { return x.proposal && x.proposal.status === 'open'; })) {
          oneToOne.details.open = true;
        }
        if (said) {
          var st = meetings.querySelector('[role=status]');
          S.say(st, said, error ? 'error' : undefined);
          st.setAttribute('tabindex', '-1');
          st.focus();
        }
      }
      // A series the mentor cancelled is not one "not set yet" (the list knows; so does a cancel just made).
      if (!o) { series.textContent = S.t(m.oneToOneCancelled ? 'mentor.seriesCancelled' : 'mentor.seriesNone'); return; }
      // Said as the form asks: the meetings to come ({@code left}, cancelled ones included) from
      // the rule's date of the next one ({@code from}); the rule's own first date may stand for
      // meetings already past. A meeting moved is said apart: it changes neither the day nor the start.
      var left = toCome(o.meetings);
      var now = Date.now();
      // Over: begun, the one under way aside (the list says it as such).
      var past = (o.meetings || []).filter(function (x) {
        return new Date(x.start).getTime() <= now && !(o.underWay && o.underWay.planned === x.planned);
      }).length;
      // Moved meetings to come that a change of the rule kept apart: besides the meetings counted.
      var apart = left.filter(function (x) { return x.apart && x.status === 'moved'; }).map(function (x) {
        return S.t('mentor.seriesKeptApart', { date: long(x.mentorLocal.slice(0, 10)), time: window.LcmI18n.time(x.mentorLocal.slice(11, 16)) });
      });
      left = left.filter(function (x) { return !x.apart; });
      var moved = left.filter(function (x) { return x.status === 'moved'; }).length;
      var cancelled = (o.meetings || []).filter(function (x) {
        return !x.apart && x.status === 'cancelled' && new Date(x.start).getTime() > now;
      }).length;
      if (!o.left) {
        series.textContent = S.t('mentor.seriesOver', { day: S.t('mentor.day.' + rule(o).day), time: window.LcmI18n.time(rule(o).time),
          minutes: o.durationMinutes });
      } else if (o.left === 1 && left.length) {
        // One meeting is no "every Thursday": said at its own time, which a move may have changed.
        series.textContent = S.plural('mentor.series', 1, { minutes: o.durationMinutes,
          time: window.LcmI18n.time(left[0].mentorLocal.slice(11, 16)), date: long(left[0].mentorLocal.slice(0, 10)) });
      } else if (moved || cancelled) {
        // Once a meeting to come is moved or cancelled, the rule says how it usually goes, the
        // count is of the meetings that will take place, and the list below gives their dates.
        var usual = { day: S.t('mentor.day.' + rule(o).day), time: window.LcmI18n.time(rule(o).time), minutes: o.durationMinutes };
        series.textContent = (left.length ? S.plural('mentor.seriesUsually', left.length, usual) : S.t('mentor.seriesUsuallyNone', usual))
          + (moved ? ', ' + S.plural('mentor.seriesMoved', moved) : '') + '.'
          + (cancelled ? ' ' + S.plural('mentor.seriesCancelledCount', cancelled) : '');
      } else {
        series.textContent = S.plural('mentor.series', o.left, { day: S.t('mentor.day.' + rule(o).day),
          time: window.LcmI18n.time(rule(o).time), minutes: o.durationMinutes, date: long(rule(o).from) });
      }
      apart.forEach(function (said) {
        series.textContent += (/\.$/.test(series.textContent) ? ' ' : '. ') + said;
      });
      // A series stops at the mentee's last day (the API cuts it there): said, or fewer meetings than asked look like a fault.
      var last = left.length ? left[left.length - 1] : null;
      if (last && m.lastDay && window.LcmI18n.daysBetween(last.learnerLocal.slice(0, 10), m.lastDay) < 7) {
        series.textContent += (/\.$/.test(series.textContent) ? ' ' : '. ')
          + t(m.lastDaySetBy === 'plan' ? 'mentor.seriesEndsWithPlan' : 'mentor.seriesEndsWithCohort', { name: m.name, date: long(m.lastDay) });
      }
      if (past > 0 && o.left) {
        var line = series.textContent;
        series.textContent = line + (/\.$/.test(line) ? ' ' : '. ') + S.plural('mentor.seriesPast', past);
      }
      f.elements.day.value = rule(o).day;
      f.elements.time.value = rule(o).time;
      f.elements.durationMinutes.value = o.durationMinutes;
      // The meetings to come and the date of the next: sent back as they are, nothing changes.
      // A series over gives no date: a new one starts from the date the mentor picks.
      f.elements.weeks.value = o.left || o.weeks;
      f.elements.firstDate.value = rule(o).from || '';
      // The room the pair meets in now (the mentor's own link, else the series' generated one), to keep or change.
      // A series over has no room to keep: the next one starts empty (its own room unless the mentor gives a link),
      // as its dates do, never on the link of meetings that are over.
      f.elements.location.value = o.left ? o.location || o.videoUrl || '' : '';
      showTimes();
    }
    f.elements.day.addEventListener('change', showTimes);
    f.elements.time.addEventListener('input', showTimes);
    f.elements.firstDate.addEventListener('input', showTimes);
    f.elements.weeks.addEventListener('input', showTimes);
    f.addEventListener('lcm:saved', function (e) { showSeries(e.detail); });
    // The list says whether a series exists: none, no request (and no 404 in the console).
    if (m.oneToOne === false) { showSeries(null); }
    else { S.call('GET', base + '/one-to-one').then(function (r) { showSeries(r.ok && r.json ? r.json.oneToOne : null); }); }
    // Cancelling the series mails the mentee: asked first, as for one meeting, saying who is told.
    cancel.addEventListener('click', function () {
      // One meeting left is no "every 1:1".
      var single = current && toCome(current.meetings).length === 1;
      ask(cancel, oneToOne.actions, t(single ? 'mentor.cancelConfirmOne' : 'mentor.cancelConfirm', { name: m.name }),
        t(single ? 'mentor.cancelConfirmOneYes' : 'mentor.cancelConfirmYes'), t(single ? 'mentor.cancelConfirmOneNo' : 'mentor.cancelConfirmNo'), function () {
          S.call('DELETE', base + '/one-to-one').then(function (r) {
            if (r.ok) { m.oneToOneCancelled = true; showSeries(null); S.say(oneToOne.state, S.t('mentor.cancelled', { name: m.name })); }
            else { S.say(oneToOne.state, t('mentor.failed'), 'error'); }
            // The buttons pressed are hidden now: focus goes to what happened.
            oneToOne.state.setAttribute('tabindex', '-1');
            oneToOne.state.focus();
          });
        });
    });
    return oneToOne.details;
  }

  function notesPanel(m, n, base) {
    // Today on the mentor's own clock (their saved zone, as the server checks it), not the UTC date,
    // which is already tomorrow in the evening west of UTC.
    var date = input('date', 'date', { value: window.LcmI18n.today(myZone), max: window.LcmI18n.today(myZone) });
    var typed = false;
    date.addEventListener('input', function () { typed = true; });
    var notes = el('ul', { 'class': 'staff-list', 'aria-label': t('mentor.notesWith', { name: m.name }) });
    var p = panel(t('mentor.notes'), 'm' + n + '-notes', [
      field('m' + n + '-note-date', t('mentor.noteDate'), date),
      field('m' + n + '-note-text', t('mentor.noteText'), input('textarea', 'text', { maxlength: '2000' }))
    ], t('mentor.saveNote'), function (f, state) {
      S.call('POST', base + '/sessions', { date: f.elements.date.value || null, text: f.elements.text.value.trim() || null })
        .then(function (r) {
          answer(f, state, r, function () {
            f.elements.text.value = '';
            S.say(state, t('mentor.noteSaved'));
            loadNotes();
          }, t('mentor.notesMissing'));
        });
    });
    function loadNotes() {
      S.call('GET', base + '/sessions').then(function (r) {
        notes.textContent = '';
        ((r.ok && r.json && r.json.sessions) || []).forEach(function (s) {
          notes.appendChild(el('li', {}, long(s.date) + ' · ' + s.text));
        });
      });
    }
    p.details.addEventListener('toggle', function () {
      if (!p.details.open) { return; }
      // A page left open overnight: today again, unless the mentor gave a day.
      date.max = window.LcmI18n.today(myZone);
      if (!typed) { date.value = date.max; }
      loadNotes();
    });
    p.details.appendChild(notes);
    return p.details;
  }

  function releasePanel(m, n, base, card) {
    return panel(t('mentor.release'), 'm' + n + '-release', [
      field('m' + n + '-reason', t('mentor.releaseWhy'), input('textarea', 'reason', { maxlength: '500' }))
    ], t('mentor.releaseName', { name: m.name }), function (f, state) {
      S.call('POST', base + '/release', { reason: f.elements.reason.value.trim() || null }).then(function (r) {
        answer(f, state, r, function () {
          card.remove();
          S.say(menteesStatus, t('mentor.released', { name: m.name }));
        }, t('mentor.releaseMissing'));
      });
    }).details;
  }

  /**
   * What waits for the mentor's answer, from the mentee list itself (codes with parameters): a
   * line in plain words and a button that opens the 1:1 panel on the proposal.
   */
  function waitingLine(m, id, w, panel) {
    var box = el('div', { 'class': 'staff-waiting', role: 'group', 'aria-labelledby': 'm' + id + '-text' });
    box.appendChild(el('p', { id: 'm' + id + '-text' }, t('mentor.waiting.' + w.code, { name: m.name,
      meeting: S.localDateTime(w.params.meetingLocal), start: S.localDateTime(w.params.startLocal) })));
    var go = el('button', { type: 'button', 'class': 'button-secondary' }, t('mentor.waiting.answer', { name: m.name }));
    var focusWhenDrawn = false;
    go.addEventListener('click', function () {
      panel.open = true;
      var first = panel.querySelector('.staff-proposal button');
      (first || panel.querySelector('summary')).focus();
      // Clicked before the series arrived: the proposal's answer takes the focus once it is drawn
      // (one wait, however many clicks came before it).
      if (!first && !focusWhenDrawn) {
        focusWhenDrawn = true;
        panel.addEventListener('lcm:series', function () {
          focusWhenDrawn = false;
          setTimeout(function () {
            var drawn = panel.querySelector('.staff-proposal button');
            if (drawn && document.activeElement === panel.querySelector('summary')) { drawn.focus(); }
          }, 0);
        }, { once: true });
      }
    });
    var actions = el('p', { 'class': 'staff-actions' });
    actions.appendChild(go);
    box.appendChild(actions);
    // Answered (here or elsewhere), the line goes: the series read again has no open proposal for it.
    panel.addEventListener('lcm:series', function (e) {
      var still = ((e.detail && e.detail.meetings) || []).some(function (x) {
        return x.planned === w.params.planned && x.proposal && x.proposal.status === 'open';
      });
      if (!still) { box.remove(); sayWaiting(); }
    });
    return box;
  }

  function menteeCard(m, n) {
    var card = el('li', { 'class': 'staff-card' });
    card.appendChild(el('h3', {}, m.name));
    var dl = el('dl', { 'class': 'staff-facts' });
    row(dl, t('mentor.email'), m.email);
    row(dl, t('mentor.path'), S.pathTitle(m.pathId));
    row(dl, t('mentor.language'), S.languageName(m.language));
    row(dl, t('mentor.menteeTimezone'), m.timezone && window.LcmI18n.zoneLabel(m.timezone));
    row(dl, t('mentor.matchedOn'), m.matchedAt && long(m.matchedAt.slice(0, 10)));
    var c = m.lastCheckIn;
    // A request the team has answered (a contact note, which the mentor cannot read, or a 1:1
    // reported held since) is said so, with its day and kind, beside a standing that no longer lists it.
    var answer = c && c.needHelp && c.helpAnswered && c.helpAnswer;
    var said = c && (!c.needHelp ? 'mentor.checkIn' : answer ? 'mentor.checkInHelpAnswered.' + answer.kind : 'mentor.checkInHelp');
    row(dl, t('mentor.lastCheckIn'), c ? t(said, { date: long(S.mondayOf(c.week)), progress: c.progress, mood: c.mood,
      answered: answer ? long(answer.date) : '' }) : t('mentor.never'));
    // The same word as the dashboard's (Assessment.status): silent now, a help request, a reason below
    // the watch level each said as such, never "no warning sign" above a reason.
    // A help request waiting is said once, in this row (S.standing), not again in the list below.
    var standing = m.risk && S.standing(m.risk);
    row(dl, t('mentor.standing'), standing && standing.text);
    // The reasons go with their standing (a second description of it), never below the last report
    // as if they were its content.
    if (standing && standing.text && standing.reasons.length) {
      var ul = el('ul', { 'class': 'reasons' });
      standing.reasons.forEach(function (r) { ul.appendChild(el('li', { 'data-code': r.code }, S.reason(r))); });
      dl.appendChild(el('dd', { 'class': 'staff-reasons' })).appendChild(ul);
    }
    lastReport(dl, m.lastReport);
    card.appendChild(dl);
    var base = '/api/mentors/me/mentees/' + encodeURIComponent(m.learnerId);
    var one = oneToOnePanel(m, n, base);
    (m.waiting || []).forEach(function (w, i) { card.appendChild(waitingLine(m, n + '-w' + i, w, one)); });
    card.appendChild(one);
    // A report saved here is the mentee's last one at once, not after the page is read again.
    if (window.LcmReportForm) {
      card.appendChild(window.LcmReportForm.panel(m, n, base, { series: one,
        saved: function (folder) { lastReport(dl, newest(folder.reports)); } }));
    }
    card.appendChild(notesPanel(m, n, base));
    card.appendChild(releasePanel(m, n, base, card));
    return card;
  }

  /** How many mentees wait for an answer, above the cards (said again as answers are given). */
  function sayWaiting() {
    var cards = Array.prototype.filter.call(document.querySelectorAll('#mentees .staff-card'), function (c) {
      return c.querySelector('.staff-waiting');
    }).length;
    var said = menteesStatus.getAttribute('data-waiting') === 'true';
    if (cards) {
      S.say(menteesStatus, S.plural('mentor.waitingCount', cards));
    } else if (said) {
      S.say(menteesStatus, '');
    }
    menteesStatus.setAttribute('data-waiting', String(!!cards));
  }

  /**
   * A card's place in the list, smallest first: a proposal waiting for the mentor's answer, then the
   * standing's word (Assessment.status) as the dashboard and the digest order those to contact:
   * asked for help, silent now, likely to drop out; then those to watch; then everyone else.
   */
  var FIRST = ['help', 'silent', 'at-risk', 'watch'];
  function urgency(m) {
    if ((m.waiting || []).length) { return 0; }
    var at = FIRST.indexOf(m.risk && m.risk.status);
    return at < 0 ? FIRST.length + 1 : at + 1;
  }

  function loadMentees() {
    var section = document.getElementById('mentor-mentees-section');
    var ul = document.getElementById('mentees');
    section.hidden = false;
    S.call('GET', '/api/mentors/me/mentees').then(function (r) {
      ul.textContent = '';
      if (S.missing(r)) {
        S.say(menteesStatus, t('mentor.menteesMissing'));
        return;
      }
      if (!r.ok) { S.say(menteesStatus, t('mentor.menteesUnreadable'), 'error'); return; }
      // Whoever waits for an answer comes first, right under the line that counts them; then those
      // to get in touch with, as the dashboard groups them, then those to watch; by name within each.
      var mentees = (r.json.mentees || []).slice().sort(function (a, b) {
        return urgency(a) - urgency(b) || String(a.name).localeCompare(String(b.name), document.documentElement.lang);
      });
      S.say(menteesStatus, mentees.length ? '' : t('mentor.noMentee'));
      mentees.forEach(function (m, n) { ul.appendChild(menteeCard(m, n)); });
      sayWaiting();
    });
  }

  function signIn() {
    document.getElementById('staff-signin-needed').hidden = false;
    document.getElementById('mentor-profile-section').hidden = true;
  }

  if (!S.user()) { return; }
  // Signed in, but not as a mentor: the page says where theirs is instead (staff.js), never "sign in".
  if (!S.allowed()) { return; }
  loadProfile();
}());
