// The learner's own page (/<lang>/me.html): GET /api/me with the key that learner-key.js holds,
// shown in the page's language (i18n.js): status in words, the cohort's dates and week, this
// week's check-in (the form itself, sent by hub.js), the history with a chart against the plan,
// the mentor and the next 1:1 in the learner's zone and the mentor's, the invite as a download,
// and the learner's own controls. All text is set with textContent.
'use strict';

(function () {
  var I = window.LcmI18n;
  var K = window.LcmLearnerKey;
  var W = window.LcmCheckInWeeks; // the weeks the check-in takes, in words (checkin-weeks.js)
  var home = document.querySelector('[data-learner-home]');
  if (!home || !I || !K || !W) return;
  var me = null;
  // What lcm:me and lcm:one-to-one last said, kept for the page's scripts that come after this one:
  // a deferred script still downloading lets GET /api/me answer first, and would miss the event.
  var announced = window.LcmLearnerAnnounced = {};

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) e.textContent = text;
    return e;
  }
  var BEHIND = 10; // points of progress under the plan's from which My page offers help
  function line(id, text) {
    var e = $(id);
    e.textContent = text || '';
    e.hidden = !text;
  }
  // The page's own line: information (how it opens, that it is opening, what was just done) in the
  // calm style; only a problem (the link refused, the hub out of reach) in the warm one.
  var PROBLEMS = { 'me.refused': true, 'me.failed': true };
  function message(key) {
    $('me-message').classList.toggle('notice-info', !PROBLEMS[key]);
    line('me-message', key ? I.t(key) : '');
  }

  function call(method, path, body) {
    var headers = K.headers();
    if (body) headers['Content-Type'] = 'application/json';
    return fetch(path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined });
  }

  // ---- Days: ISO dates (yyyy-MM-dd) compared as strings, counted in whole days ----------------
  function todayIn(zone) { return dayIn(new Date(), zone); }
  function dayIn(date, zone) { return W.dayIn(date, zone); }
  function monday(iso) { return W.monday(iso); }
  /** The cohort week (1 = the cohort's first) that contains a day. */
  function weekOf(cohort, iso) { return Math.floor(I.daysBetween(monday(cohort.startDate), monday(iso)) / 7) + 1; }
  /**
   * The learner's own start, as the API says it (standing.startDate, CheckInViews.ownStart): the day
   * they were given their seat, promoted from the waitlist or signed up after the cohort began, else
   * the cohort's start. Without a standing (once they left), the day their seat began (seatSince), in
   * their zone, or the cohort's start when it began before it.
   */
  function ownStart(cohort) {
    if (me.standing && me.standing.startDate) return me.standing.startDate;
    var since = me.seatSince || me.createdAt;
    var joined = since ? dayIn(new Date(since), me.timezone) : cohort.startDate;
    return joined > cohort.startDate ? joined : cohort.startDate;
  }
  /**
   * The learner's own week (1 = the week they started) that contains a day. The history, the chart
   * and the standing all count in it: the plan runs from the learner's start, and the early warning
   * the team reads judges them by it, so a learner who joined late is not shown behind a plan that
   * began before they arrived. Only the cohort's own facts ("Week 3 of 8") count the cohort's weeks.
   */
  function ownWeek(cohort, iso) { return Math.floor(I.daysBetween(monday(ownStart(cohort)), monday(iso)) / 7) + 1; }
  /**
   * The cohort's weeks as the server counts them (its plan's ISO weeks: a Thursday cohort of 8
   * weeks spans 9), and the learner's own weeks to its last day: the plan of a learner without a
   * personal one, who ends with the cohort however late they joined (CheckInViews.plan).
   */
  function cohortWeeks(cohort) { return cohort.planWeeks; }
  /** After the cohort's end, within the learner's own plan: the check-in goes on, and the page says why. */
  function onOwnPlan(cohort, today) { return today > cohort.endDate && today <= W.until(me); }
  function ownWeeks(cohort) { return Math.max(1, cohortWeeks(cohort) - weekOf(cohort, ownStart(cohort)) + 1); }

  // ---- Status and cohort -------------------------------------------------------------------------
  function showStatus(today) {
    var c = me.cohort || {};
    var params = { title: c.title || '', position: me.waitlistPosition };
    var finished = c.endDate && today > W.until(me);
    // One who left without a check-in (from the waitlist, or before their first): no "check-ins
    // to send any more", only the place they gave up.
    var checkedIn = (me.checkIns || []).length > 0;
    var key = me.status === 'withdrawn' ? (checkedIn ? 'me.status.withdrawn' : 'me.status.withdrawnNoCheckIns') : finished ? 'me.status.finished'
      : me.status !== 'waitlisted' ? 'me.status.enrolled'
      : me.waitlistPosition ? 'me.status.waitlisted' : 'me.status.waitlistedNoPosition';
    line('me-hello', I.t('me.hello', { name: me.name }));
    // Past its half the cohort gives its waitlist no seat (API noMoreSeats): said instead of "it is
    // yours automatically", with the way on, a seat elsewhere (offered right below) or none.
    var stuck = me.status === 'waitlisted' && me.noMoreSeats;
    line('me-status', stuck ? I.t('me.status.noMoreSeats.' + me.noMoreSeats, params) + ' '
      + I.t(me.seatElsewhere ? 'me.status.noMoreSeats.elsewhere' : 'me.status.noMoreSeats.nowhere') : I.t(key, params));
    // One who left may join again: the path's page, at its sign-up form, in the reader's language;
    // or another path.
    var left = me.status === 'withdrawn';
    var path = left && window.LcmPlans && LcmPlans.catalogue().paths[me.pathId];
    $('me-again').hidden = !left;
    // The page's lead speaks of a seat and check-ins to come: not to one who left.
    var lead = document.querySelector('.doc-header .lead');
    if (lead) {
      if (!lead.dataset.summary) lead.dataset.summary = lead.textContent;
      lead.textContent = left ? I.t(checkedIn ? 'me.lead.left' : 'me.lead.leftNoCheckIns') : lead.dataset.summary;
    }
    $('me-again-link').hidden = !path;
    if (path) $('me-again-link').href = path.href.split('#')[0] + '#signup';
    var facts = $('me-cohort');
    facts.textContent = '';
    facts.hidden = left;
    // The cohort's dates, its countdown and the standing are for those who follow it.
    line('me-standing', '');
    if (!c.startDate || left) return;
    function fact(text) { facts.appendChild(el('li', {}, text)); }
    fact(I.t('me.cohort.dates', { start: I.longDate(c.startDate), end: I.longDate(c.endDate) }));
    // The day before, "tomorrow": "in 1 day" is not how anyone says it.
    if (today < c.startDate) {
      var until = I.daysBetween(today, c.startDate);
      fact(until === 1 ? I.t('me.cohort.startsTomorrow') : I.plural('me.cohort.startsIn', until));
    }
    else if (onOwnPlan(c, today)) fact(I.t('me.cohort.ownPlan', { date: I.longDate(W.until(me)) }));
    else if (!finished) {
      // One who joined on time lives the cohort's weeks, as it is advertised ("8 weeks"), counted
      // from its first day. One who joined later, or waits for a seat, reads that week as the
      // cohort's; a late joiner's own week (the history's) is said beside it.
      var cohortWeek = { week: Math.min(c.weeks, Math.floor(I.daysBetween(c.startDate, today) / 7) + 1), weeks: c.weeks };
      var late = ownStart(c) > c.startDate;
      if (me.status === 'waitlisted' || late) fact(I.t('me.cohort.weekOfCohort', cohortWeek));
      else fact(I.t('me.cohort.week', cohortWeek));
      if (late && me.status !== 'waitlisted') {
        fact(I.t('me.cohort.joinedWeek', { date: I.longDate(ownStart(c)), week: ownWeek(c, today) }));
      }
    }
    fact(I.t('me.cohort.language', { language: I.languageName(c.language) }));
    var s = me.standing;
    // Nothing to compare in the learner's own first week (rolling enrolment: the plan expects 0 %).
    var compared = s && s.expectedProgress > 0 && me.checkIns && me.checkIns.length;
    // Well behind the plan, a figure alone discourages: it says what helps, and who will help.
    var behind = compared && s.expectedProgress - s.progress >= BEHIND;
    // The standing's figure is the plan at the start of the learner's week (what the early warning
    // compares); the history's plan column is the plan at the end of each week: both say which. In
    // the week the plan changed, last week's row keeps the plan of then: the sentence names both.
    var before = s && s.planByWeek && s.week >= 2 ? s.planByWeek[s.week - 2] : null;
    var changed = s && s.planChangedOn && before != null && before !== s.expectedProgress;
    var words = { expected: s && s.expectedProgress, weekEnd: s && planned(c, s.week), progress: s && s.progress,
      before: before, date: changed ? I.longDate(s.planChangedOn) : '' };
    line('me-standing', compared ? I.t(changed ? 'me.standing.planChanged' : 'me.standing.expected', words)
      + (behind ? ' ' + I.t('me.standing.behind') : '') : '');
  }

  // ---- This week's check-in ---------------------------------------------------------------------
  function showCheckIn(today) {
    var state = '';
    var open = false;
    var sent = null;
    if (me.status === 'enrolled' && me.cohort) {
      // The cohort's weeks, or the learner's own plan's past them: the words say which.
      var weeks = W.state(me, today);
      state = weeks.text;
      open = weeks.open;
    }
    if (open) {
      var thisWeek = monday(today);
      sent = (me.checkIns || []).filter(function (x) { return x.weekStart === thisWeek; })[0];
      if (sent) {
        // Asking for help stays said after the thank-you is gone: the LCM will write.
        state = (state ? state + ' ' : '') + I.t(sent.needHelp ? 'me.checkin.sentHelp' : 'me.checkin.sent');
        W.prefill($('me-checkin-box').querySelector('form'), sent);
      }
    }
    // Without a seat there is no check-in to send: the status above says what happens next.
    $('me-checkin').hidden = me.status !== 'enrolled';
    if (open && !sent) {
      // By when, on the learner's own clock: the end of the Sunday of their week (as the dashboard's
      // "checked in this week" counts it), in the words of the dashboard's tile.
      var sunday = I.plusDays(monday(today), 6);
      state = (state ? state + ' ' : '') + I.due('me.checkin.due', sunday, today, { date: I.longDayOfWeek(sunday) }).text;
    }
    line('me-checkin-state', state);
    $('me-checkin-box').hidden = !open;
  }

  // ---- History and chart -----------------------------------------------------------------------
  function showHistory() {
    var c = me.cohort;
    var list = (me.checkIns || []).slice();
    var box = $('me-history');
    box.textContent = '';
    // No check-in to come: a waitlisted learner, or one who left, is not told that the first will appear.
    $('me-history-section').hidden = me.status !== 'enrolled' && !list.length;
    if (!list.length || !c) {
      box.appendChild(el('p', { 'class': 'empty' }, I.t('me.history.none')));
      $('me-chart').hidden = true;
      return;
    }
    // Each cell names its column (data-label): on a phone the table reflows to one block a week.
    var table = el('table', { 'class': 'learner-table table-reflow' });
    var head = el('tr');
    var cols = ['me.history.week', 'me.history.progress', 'me.history.plan', 'me.history.hours', 'me.history.mood', 'me.history.help']
      .map(function (k) { return I.t(k); });
    cols.forEach(function (name) { head.appendChild(el('th', { scope: 'col' }, name)); });
    table.appendChild(el('thead')).appendChild(head);
    var body = table.appendChild(el('tbody'));
    list.forEach(function (x) {
      var tr = el('tr');
      var week = ownWeek(c, x.weekStart);
      // The week's Monday in full; in the table's narrow first column it may break after its weekday
      // (day, month and year stay together), so six columns still fit the box in French.
      tr.appendChild(el('th', { scope: 'row' }, I.t('me.history.weekOf', { week: week,
        date: I.longDate(x.weekStart).replace('\u00a0', ' ') })));
      [I.percent(x.progress), I.percent(planned(c, week)), Number(x.hoursSpent).toLocaleString(I.locale()),
        I.t('checkin.mood' + x.mood), I.t(x.needHelp ? 'me.history.yes' : 'me.history.no')].forEach(function (text, i) {
        tr.appendChild(el('td', { 'data-label': cols[i + 1] }, text));
      });
      body.appendChild(tr);
    });
    box.appendChild(table);
    chart(c, list);
  }

  /**
   * The plan for a week: an even share of the path each week (week 0 and before: 0 %), over the
   * learner's plan (its weeks come with their standing; without one, their own weeks to the
   * cohort's end), so the table and chart agree with the standing's "the plan expects". A week
   * gone by keeps the figure of the plan in force that week (standing.planByWeek, as the API reads
   * the plan's versions): stretching the plan later does not rewrite it.
   */
  function planned(c, week) {
    var byWeek = me && me.standing && me.standing.planByWeek;
    if (byWeek && week >= 1 && week <= byWeek.length) return byWeek[week - 1];
    var weeks = (me && me.standing && me.standing.planWeeks) || ownWeeks(c);
    return Math.round(100 * Math.min(Math.max(week, 0), weeks) / weeks);
  }

  function chart(c, list) {
    // The learner's weeks to the cohort's end, or to their own plan's last week when it runs past it.
    var weeks = Math.max(ownWeeks(c), (me.standing && me.standing.planWeeks) || 0);
    var mine = [];
    var plan = [];
    var labels = [];
    for (var w = 1; w <= weeks; w++) {
      labels.push(String(w));
      plan.push(planned(c, w));
      mine.push(null);
    }
    list.forEach(function (x) {
      var w = ownWeek(c, x.weekStart);
      if (w >= 1 && w <= weeks && mine[w - 1] === null) mine[w - 1] = x.progress; // newest first
    });
    var latest = list[0];
    var lw = Math.min(Math.max(ownWeek(c, latest.weekStart), 1), weeks);
    var figure = $('me-chart');
    figure.hidden = false;
    window.LcmCharts.line(figure, {
      title: I.t('me.chart.title'),
      desc: I.t('me.chart.desc', { weeks: I.plural('weeks', list.length), progress: latest.progress, week: lw, expected: plan[lw - 1] }),
      labels: labels, values: mine, plan: plan, min: 0, max: 100, ticks: [0, 50, 100],
      // No rows: the history's table right below holds these figures, the plan's with them.
      tickLabel: function (t) { return I.percent(t); }
    });
  }

  // ---- Mentor and 1:1 ----------------------------------------------------------------------------
  function showMentor() {
    var section = $('me-mentor');
    section.hidden = me.status !== 'enrolled';
    var details = $('me-mentor-details');
    details.textContent = '';
    var m = me.mentor;
    $('me-rematch-box').hidden = !m;
    if (!m) {
      details.appendChild(el('p', {}, I.t('me.mentor.none')));
    } else {
      details.appendChild(el('p', { 'class': 'learner-name' }, m.name));
      details.appendChild(el('p', {}, I.t('me.mentor.speaks', { languages: (m.languages || []).map(I.languageName).join(', ') })));
      if (m.email) {
        var p = el('p', {}, I.t('me.mentor.write', { name: m.name }) + ' ');
        p.appendChild(el('a', { href: 'mailto:' + m.email, 'class': 'learner-url' }, m.email));
        details.appendChild(p);
      }
    }
    showOneToOne(m);
  }

  // A wall-clock time the API worked out ("2026-12-10T19:00", I.local), its day in full as My page's
  // other sentences say one day: {date, time, day}.
  function meetingAt(local) {
    var at = I.local(local);
    if (at.date) at.date = I.longDate(String(local).slice(0, 10));
    return at;
  }

  // Whether a meeting is still to come: not begun, as the server counts them ({@code left}). The
  // one under way ({@code underWay}) is said on its own, neither as held nor as the next.
  function toCome(x, o) {
    return new Date(x.start).getTime() > Date.now() && !(o.underWay && o.underWay.planned === x.planned);
  }

  // The series' next meeting still to come, or null: its meetings as they will be (a moved one at
  // its new time, a cancelled one skipped), each with its time on both clocks as the server reads them.
  function nextMeeting(o) {
    return (o.meetings || []).filter(function (m) { return m.status !== 'cancelled' && toCome(m, o); })[0] || null;
  }

  // The meetings ahead, each on the learner's clock: a moved one says when it was planned, a cancelled one says so.
  function showMeetings(ahead) {
    var ul = $('me-meetings');
    ul.textContent = '';
    ul.hidden = !ahead.length;
    ahead.forEach(function (x) {
      var at = meetingAt(x.learnerLocal);
      var was = x.status === 'moved' && x.was ? meetingAt(x.was.learnerLocal) : null;
      // One kept apart from a changed rule has no rule time left to say it was moved from.
      var text = x.status === 'cancelled' ? I.t('me.oneToOne.meetingCancelled', at)
        : was ? I.t('me.oneToOne.meetingMoved', { date: at.date, time: at.time, wasDate: was.date, wasTime: was.time })
          : x.status === 'moved' ? I.t('me.oneToOne.meetingMovedApart', at) : I.t('me.oneToOne.meeting', at);
      ul.appendChild(el('li', { 'data-status': x.status }, text));
    });
  }

  /**
   * The one meeting left, at its own time: moved, from when to when; cancelled, as such (as the
   * list of a changed series says them, me.oneToOne.meetingMoved and meetingCancelled).
   */
  function onlyMeeting(x, o) {
    var at = meetingAt(x.learnerLocal);
    var words = { date: at.date, time: at.time, minutes: o.durationMinutes };
    if (x.status === 'cancelled') return I.t('me.oneToOne.oneCancelled', words);
    if (x.status === 'moved' && x.was) {
      var was = meetingAt(x.was.learnerLocal);
      words.wasDate = was.date;
      words.wasTime = was.time;
      return I.t('me.oneToOne.oneMoved', words);
    }
    return I.plural('me.oneToOne.series', 1, words);
  }

  /**
   * A series on its rule: the meetings it still holds and the day of its last, as the invite's and
   * the mentor's counts read them (the meetings already past are in neither); one over, until when.
   */
  function series(day, rule, ahead, count, o) {
    var last = (ahead.length ? ahead : rule.filter(function (x) { return x.status !== 'cancelled'; })).slice(-1)[0];
    var words = { day: day.day, minutes: o.durationMinutes, last: last ? meetingAt(last.learnerLocal).date : '' };
    return ahead.length ? I.plural('me.oneToOne.series', count, words) : I.t('me.oneToOne.seriesOver', words);
  }

  /**
   * A series whose meetings to come were moved or cancelled: the count is that of the lines listed
   * under it, cancelled ones included and said apart, so the two agree.
   */
  function usually(day, listed, coming, cancelled) {
    if (!coming) return I.t('me.oneToOne.usuallyNone', day);
    if (!cancelled) return I.plural('me.oneToOne.usually', coming, day);
    return I.plural('me.oneToOne.usuallyCancelled', cancelled, { day: day.day, minutes: day.minutes, listed: listed });
  }

  var oneToOneShown = 0;
  function showOneToOne(m) {
    var shown = ++oneToOneShown;
    var o = me.oneToOne;
    var box = $('me-one-to-one');
    box.hidden = !m;
    ['me-series', 'me-next', 'me-mentor-time'].forEach(function (id) { line(id, ''); });
    showMeetings([]);
    var where = $('me-where');
    where.textContent = '';
    where.hidden = true;
    $('me-ics').hidden = !o;
    var next = o ? nextMeeting(o) : null;
    // The next meeting goes with the series: the report on the last 1:1 (my-plan.js) names the
    // same day, not the date the mentor wrote in it before moving a meeting or setting a new series.
    announced.oneToOne = { oneToOne: o, timezone: me.timezone, mentorName: m ? m.name : '',
      next: next ? meetingAt(next.learnerLocal).date : null };
    box.dispatchEvent(new CustomEvent('lcm:one-to-one', { detail: announced.oneToOne }));
    // A series the mentor cancelled is not one "not set yet".
    if (!o) { line('me-series', I.t(me.oneToOneCancelled ? 'me.oneToOne.cancelled' : 'me.oneToOne.none')); return; }
    var zone = o.learnerTimezone || me.timezone;
    // The series' own weekday on the learner's clock, from its rule: a meeting moved to another day does not change it.
    // Its weeks are those to come ({@code left}): a series changed under way keeps its past meetings
    // apart; one over is said with all it had. One meeting is no "every Tuesday": its own day and time.
    var count = o.left || o.weeks;
    // A moved meeting kept apart from the rule when it changed is not the rule's one meeting.
    var rule = (o.meetings || []).filter(function (x) { return !x.apart; });
    // The rule's meetings not over yet, as they will be: once one is moved or cancelled the rule no
    // longer says them, so the line says "usually" and lists each on the learner's clock.
    var ahead = rule.filter(function (x) { return toCome(x, o); });
    // The one left (cancelled maybe), else that of a single-meeting series under way or over.
    var one = count === 1 ? (ahead[0] || nextMeeting({ meetings: rule, underWay: o.underWay }) || rule[0]) : null;
    // A moved meeting to come that the rule's change kept apart is not among the weeks counted.
    var keptApart = (o.meetings || []).filter(function (x) {
      return x.apart && x.status === 'moved' && toCome(x, o);
    });
    // One meeting left is said at its own time, and that it was moved (from when) or cancelled.
    var changed = count !== 1 && ahead.some(function (x) { return x.status !== 'planned'; });
    // Once the meetings are listed, every one that takes place is, by its time, and counted: one kept
    // apart too. Else the line says it on its own, so it counts every meeting to come.
    var listed = changed ? ahead.concat(keptApart).sort(function (a, b) { return new Date(a.start) - new Date(b.start); }) : [];
    var apart = changed ? [] : keptApart.map(function (x) {
      var at = meetingAt(x.learnerLocal);
      return I.t('me.oneToOne.keptApart', { date: at.date, time: at.time });
    });
    var coming = listed.filter(function (x) { return x.status !== 'cancelled'; }).length;
    var cancelled = listed.length - coming;
    var day = { day: I.weekday(o.learnerDay), minutes: o.durationMinutes };
    line('me-series', [changed ? usually(day, listed.length, coming, cancelled)
      : one ? onlyMeeting(one, o) : series(day, rule, ahead, count, o)].concat(apart).join(' '));
    showMeetings(listed);
    // The 1:1 under way, until when on the learner's clock: then the next one, if any is left.
    var underWay = o.underWay ? I.t('me.oneToOne.underWay', { name: m.name, time: I.local(o.underWay.until.learnerLocal).time }) : '';
    if (!next) {
      line('me-next', underWay || I.t('me.oneToOne.over'));
    } else {
      // Zones named as the lists name them: their words load when a meeting is to be shown (the
      // block drawn again meanwhile keeps its own lines).
      I.withZones().then(function () {
        if (shown !== oneToOneShown) return;
        // Each clock as the server reads it (a browser's zone data may differ: Morocco's offset).
        var at = new Date(next.start);
        var mine = meetingAt(next.learnerLocal);
        line('me-next', (underWay ? underWay + ' ' : '') + I.t('me.oneToOne.next', { date: mine.date, time: mine.time, zone: I.zone(zone, at) }));
        // The mentor's zone now, not the one they set the series in when they have moved since
        // (mentorLocal is on the same clock).
        var mentorZone = o.mentorTimezone || o.timezone;
        if (mentorZone !== zone) {
          var theirs = meetingAt(next.mentorLocal);
          line('me-mentor-time', I.t('me.oneToOne.mentorTime', { date: theirs.date, time: theirs.time, zone: I.zone(mentorZone, at) }));
        }
      });
    }
    var room = o.videoUrl || o.location;
    if (room) {
      where.hidden = false;
      if (/^https:\/\/[^\s]+$/.test(room)) {
        var a = el('a', { href: room, rel: 'noopener noreferrer', 'class': 'button' }, I.t('me.oneToOne.video'));
        where.appendChild(a);
        where.appendChild(el('span', { 'class': 'hint learner-url' }, ' ' + room));
      } else {
        where.textContent = I.t('me.oneToOne.where', { place: room });
      }
    }
  }

  function note(text, error) {
    var s = $('me-mentor-status');
    s.textContent = text;
    s.className = error ? 'staff-status staff-error' : 'staff-status';
    s.hidden = !text;
  }

  // A file the browser saves; the address is released once the click has started the download.
  function save(blob, name) {
    var a = el('a', { href: URL.createObjectURL(blob), download: name });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
  }

  function invite() {
    call('GET', '/api/me/one-to-one.ics').then(function (r) {
      if (!r.ok) { note(I.t(r.status === 404 ? 'me.oneToOne.icsNone' : 'me.data.failed'), true); return null; }
      return r.blob().then(function (blob) { save(blob, 'one-to-one.ics'); note(''); });
    }, function () { note(I.t('me.data.failed'), true); });
  }

  function rematch(event) {
    event.preventDefault();
    var field = $('me-rematch-reason');
    var reason = field.value.trim();
    if (!reason || reason.length > 500) {
      field.setAttribute('aria-invalid', 'true');
      note(I.t('me.rematch.reason'), true);
      field.focus();
      return;
    }
    field.removeAttribute('aria-invalid');
    call('POST', '/api/me/rematch', { reason: reason }).then(function (r) {
      if (r.ok) { field.value = ''; note(I.t('me.rematch.sent')); load(); return; }
      note(I.t(r.status === 409 ? 'me.rematch.none' : r.status === 400 ? 'me.rematch.reason' : 'me.data.failed'), true);
    }, function () { note(I.t('me.data.failed'), true); });
  }

  // ---- The page --------------------------------------------------------------------------------
  function show(data) {
    me = data;
    var today = todayIn(me.timezone);
    message(null);
    $('me-home').hidden = false;
    showStatus(today);
    showCheckIn(today);
    showHistory();
    showMentor();
    // Check-ins and the help they ask for come with a seat: waiting, only what is true now.
    // Before the cohort's first day the check-in is not open yet: when it will be, and the way until then.
    var starts = me.cohort && today < me.cohort.startDate ? me.cohort.startDate : null;
    line('me-lcm-text', me.status === 'waitlisted' ? I.t(me.noMoreSeats ? 'me.lcm.waitlistedNoSeat' : 'me.lcm.waitlisted')
      : starts ? I.t('me.lcm.notYet', { date: I.longDate(starts) }) : I.t('me.lcm.text'));
    // Check-ins and the help they ask for are over for one who left.
    $('me-lcm').hidden = me.status === 'withdrawn';
    $('me-withdraw').hidden = me.status === 'withdrawn';
    // A waitlisted learner has no seat to give back: they leave the waitlist.
    $('me-withdraw').textContent = I.t(me.status === 'waitlisted' ? 'me.data.withdrawWaitlist' : 'me.data.withdraw');
    showElsewhere();
    // My plan (my-plan.js) words itself after the learner's place and mentor.
    announced.me = me;
    home.dispatchEvent(new CustomEvent('lcm:me', { bubbles: true, detail: me }));
  }

  // ---- A seat elsewhere: waiting, while another cohort of the path has a seat ----------------------
  function showElsewhere() {
    var c = me.status === 'waitlisted' && me.seatElsewhere;
    $('me-elsewhere').hidden = !c;
    var more = $('me-elsewhere-more');
    // The question may have been asked under one of the others (move): back home before they go.
    $('me-move-actions').parentNode.insertBefore($('me-move-confirm'), $('me-move-actions').nextSibling);
    more.textContent = '';
    more.hidden = true;
    // No seat to come where they wait: the offer is the way on, so it comes first, before the cohort's facts.
    var status = $('me-move-status');
    var after = me.noMoreSeats ? $('me-status') : $('me-cohort');
    after.parentNode.insertBefore($('me-elsewhere'), after.nextSibling);
    $('me-elsewhere').parentNode.insertBefore(status, $('me-elsewhere').nextSibling);
    if (!c) return;
    // Past half, the status line right above has just said another cohort has seats: the offer names it only.
    $('me-elsewhere-text').textContent = I.t(me.noMoreSeats ? 'me.elsewhere.named' : 'me.elsewhere.text', { title: c.title, date: I.longDate(c.startDate),
      seats: I.plural('signup.seats', c.seatsLeft) }) + taught(c);
    // Told apart from each other and from the cohort the learner waits in, which may share a title and first day too.
    var offered = (me.seatsElsewhere && me.seatsElsewhere.length ? me.seatsElsewhere : [c]).concat(me.cohort ? [me.cohort] : []);
    moveLabel($('me-move'), c, offered);
    // The others, each with its button: a learner who asked for one of them on the path's page
    // (and was told My page takes that seat) finds it here.
    (me.seatsElsewhere || []).filter(function (o) { return o.cohortId !== c.cohortId; }).forEach(function (o) {
      var li = more.appendChild(el('li', { 'data-cohort': o.cohortId }));
      li.appendChild(el('p', {}, I.t('me.elsewhere.also', { title: o.title, date: I.longDate(o.startDate),
        seats: I.plural('signup.seats', o.seatsLeft) }) + taught(o)));
      var actions = li.appendChild(el('p', { 'class': 'staff-actions' }));
      var button = actions.appendChild(el('button', { type: 'button', 'class': 'button button-choice' }));
      moveLabel(button, o, offered);
      button.addEventListener('click', function () { move(o, button, actions); });
      more.hidden = false;
    });
  }

  /**
   * A "take this seat" button in two lines, which a phone lays out as a full-width block: what it
   * does (the cohort's title) above, and when it starts below. Cohorts of one path may share a
   * title, even a first day: the second line then also says what tells this one apart from the
   * others offered and the one waited in (its language, its length, its seats left: LcmI18n.apart). A hidden separator
   * keeps the two lines apart in the button's name as a screen reader reads it.
   */
  function moveLabel(button, c, offered) {
    var detail = [I.t('me.elsewhere.moveStarts', { date: I.longDate(c.startDate) })]
      .concat(I.apart(c, offered, function (o) { return [o.seatsLeft === undefined ? '' : I.plural('signup.seats', o.seatsLeft)]; }));
    button.textContent = '';
    button.appendChild(el('span', { 'class': 'choice-heading' }, I.t('me.elsewhere.move', { title: c.title })));
    button.appendChild(el('span', { 'class': 'visually-hidden' }, ' · '));
    button.appendChild(el('span', { 'class': 'choice-detail' }, detail.join(' · ')));
  }

  function taught(c) { return c.language !== I.lang() ? ' ' + I.t('signup.elsewhereTaught.' + c.language) : ''; }

  // One request leaves the waitlist and takes the seat (POST /api/me/move); refused, nothing changed.
  // The question is asked under the button that asked it, which steps aside meanwhile.
  function move(c, opener, actions) {
    actions.parentNode.insertBefore($('me-move-confirm'), actions.nextSibling);
    var from = me.cohort || {};
    // Cohorts of one path may share a title, not a start: both are named with theirs.
    var words = { title: c.title, from: from.title || '', fromDate: from.startDate ? I.longDate(from.startDate) : '',
      date: I.longDate(c.startDate) };
    // The cohort waited in may be under way already: it "started", never "starts", on a day gone by.
    var begun = !!from.startDate && from.startDate <= todayIn(me.timezone);
    $('me-move-confirm-text').textContent = I.t(begun ? 'me.elsewhere.confirm.begun' : 'me.elsewhere.confirm', words);
    // The button that asked steps aside while the question is open, as leaving's do.
    window.LcmConfirm.ask($('me-move-confirm'), opener, function () {
      call('POST', '/api/me/move', { cohortId: c.cohortId }).then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (body) {
          var code = r.ok ? 'done' : ((body.error || {}).code === 'signed_up_there' ? 'signedUpThere'
            : (body.error || {}).code === 'no_seat_left' ? 'noSeat' : null);
          line('me-move-status', code ? I.t('me.elsewhere.' + code, words) : I.t('me.data.failed'));
          return load();
        });
      }).then(function () { $('me-move-status').focus(); });
    }, actions);
  }

  // ---- Asking before leaving or erasing: in the page (confirm.js), as the staff pages do -------
  // The buttons that ask step aside while the question is open: its answers are not read beside them.
  function ask(button, question, yes, no, act) {
    $('me-data-confirm-text').textContent = I.t(question);
    $('me-data-confirm-yes').textContent = I.t(yes);
    $('me-data-confirm-no').textContent = I.t(no);
    window.LcmConfirm.ask($('me-data-confirm'), button, act, $('me-data-actions'));
  }

  function leave(key) {
    $('me-home').hidden = true;
    qsaNav(false);
    message(key);
  }

  function qsaNav(on) {
    Array.prototype.forEach.call(document.querySelectorAll('[data-learner-nav]'), function (e) { e.hidden = !on; });
  }

  function load() {
    return call('GET', '/api/me').then(function (r) {
      if (r.status === 401) { K.forget(); leave('me.refused'); return null; }
      return r.ok ? r.json() : Promise.reject(r.status);
    }).then(function (data) { if (data) show(data); }, function () { leave('me.failed'); });
  }

  function init() {
    if (!K.get()) { message('me.noKey'); return; }
    message('me.loading');
    $('me-ics').addEventListener('click', invite);
    $('me-rematch').addEventListener('submit', rematch);
    $('me-checkin-box').addEventListener('lcm:sent', function () { load(); });
    $('me-move').addEventListener('click', function () { move(me.seatElsewhere, $('me-move'), $('me-move-actions')); });
    $('me-forget').addEventListener('click', function () { K.forget(); leave('me.device.forgotten'); });
    $('me-withdraw').addEventListener('click', function () {
      var waiting = me && me.status === 'waitlisted';
      // Leaving ends the match in the same step: the mentor is told and the 1:1 series is cancelled.
      var question = waiting ? 'me.data.confirmWithdrawWaitlist' : !me || !me.mentor ? 'me.data.confirmWithdraw'
        : me.oneToOne ? 'me.data.confirmWithdrawOneToOnes' : 'me.data.confirmWithdrawMentor';
      ask(this, question, waiting ? 'me.data.yesWithdrawWaitlist' : 'me.data.yesWithdraw',
        waiting ? 'me.data.keepWaiting' : 'me.data.keepPlace', function () {
          call('POST', '/api/me/withdraw').then(function (r) {
            return r.ok ? r.json().then(function (body) { return body.left; }) : null;
          }).then(function (left) {
            // What the server found left, not what this page last read: one promoted meanwhile left a seat.
            line('me-data-status', I.t(!left ? 'me.data.failed' : left === 'waitlist' ? 'me.data.withdrawnWaitlist'
              : left === 'seat' ? 'me.data.withdrawn' : 'me.data.withdrawnAlready'));
            return load();
          }).then(function () {
            // The button pressed is gone once the page is read again: focus goes to what happened.
            $('me-data-status').focus();
          });
        });
    });
    $('me-export').addEventListener('click', function () {
      call('GET', '/api/me/export').then(function (r) { return r.ok ? r.blob() : Promise.reject(r.status); })
        .then(function (blob) { save(blob, 'my-lcm-hub-data.json'); }, function () { line('me-data-status', I.t('me.data.failed')); });
    });
    $('me-erase').addEventListener('click', function () {
      ask(this, 'me.data.confirmErase', 'me.data.yesErase', 'me.data.keepData', function () {
        call('DELETE', '/api/me').then(function (r) {
          if (r.ok) { K.forget(); leave('me.data.erased'); } else { line('me-data-status', I.t('me.data.failed')); }
        });
      });
    });
    load();
  }

  init();
})();
