// The learner's plan and the report on their last 1:1 (or an earlier one still to answer), on My
// page: GET /api/me/plan with the key learner-key.js holds; the learner confirms a report (and the
// plan change it agreed) or asks to talk again (POST /api/me/reports/{id}/answer). Dates in full, in
// the reader's language (each names one day in a sentence, as the rest of My page does); all text is
// set with textContent.
'use strict';

(function () {
  var I = window.LcmI18n;
  var K = window.LcmLearnerKey;
  var P = window.LcmPlans;
  var section = document.getElementById('me-plan');
  if (!section || !I || !K || !P || !K.get()) return;

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) e.textContent = text;
    return e;
  }
  function call(method, path, body) {
    var headers = K.headers();
    if (body) headers['Content-Type'] = 'application/json';
    return fetch(path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined });
  }

  var me = null;     // GET /api/me, as learner.js read it (event lcm:me)
  var folder = null; // GET /api/me/plan
  var series = null; // the 1:1 series and its next meeting, as learner.js shows them (event lcm:one-to-one)
  var chosen = null; // the id of the earlier report the learner chose to read, else null: the last 1:1's

  function showPlan() {
    var plan = folder.plan;
    var mentor = !!me.mentor;
    $('me-plan-facts').textContent = '';
    // Hours nobody gave (the sign-up asks none) are said to be the path's estimate.
    $('me-plan-facts').appendChild(el('li', {}, I.t(plan.changedBy === 'path' ? 'plans.plan.hoursPath' : 'plans.plan.hours',
      { hours: plan.weeklyHours })));
    $('me-plan-facts').appendChild(el('li', {}, I.t('plans.plan.end', { date: I.longDate(plan.endDate) })));
    var list = $('me-objectives');
    list.textContent = '';
    plan.objectives.forEach(function (o) {
      var li = el('li', { 'class': 'plan-objective plan-' + o.status });
      li.appendChild(el('span', { 'class': 'pill' }, P.status(o.status)));
      li.appendChild(document.createTextNode(' ' + I.t('plans.plan.objective', { description: o.description, date: I.longDate(o.targetDate) })));
      list.appendChild(li);
    });
    var none = $('me-objectives-none');
    none.hidden = plan.objectives.length > 0;
    none.textContent = I.t(mentor ? 'plans.plan.noObjective' : 'plans.plan.noObjectiveNoMentor');
    $('me-plan-origin').textContent = plan.version === 0 ? I.t(mentor ? 'plans.plan.start' : 'plans.plan.startNoMentor')
      : I.t('plans.plan.changed', { date: I.longDate(plan.changedAt.slice(0, 10)) });
  }

  function show() {
    if (!me || !folder) return;
    // Without a seat there is no plan to follow (not yet, or no longer), and no mentor to set one with.
    section.hidden = me.status !== 'enrolled';
    if (section.hidden) return;
    showPlan();
    showReport();
  }

  // The 1:1's day on the learner's own clock, as their next 1:1 is (the report's date is its author's).
  function day(r) { return I.longDate(r.learnerDate || r.date); }
  // Said to the learner: "You did not come", not the team's "The learner did not come".
  function named(r) { return I.t('plans.report.date', { date: day(r) }) + ' · ' + I.t('plans.outcome.you.' + r.outcome); }
  function byId(id) { return folder.reports.filter(function (x) { return x.reportId === id; })[0]; }

  // The report shown: the last 1:1's, or an earlier one the learner chose; one corrected since is
  // followed to the report that replaces it.
  function shownReport() {
    var r = chosen && byId(chosen);
    for (var i = 0; r && r.replacedBy && i < folder.reports.length; i++) r = byId(r.replacedBy);
    chosen = r && r !== folder.reports[0] ? r.reportId : null;
    return chosen ? r : folder.reports[0];
  }

  function showReport() {
    var last = folder.reports[0];
    var box = $('me-report');
    box.hidden = !last;
    if (!last) return;
    var r = shownReport();
    $('me-report-title').textContent = r === last ? I.t('plans.report.heading') : I.t('plans.report.headingOf', { date: day(r) });
    // An earlier report's heading names its day already: the line under it says how it went.
    $('me-report-date').textContent = r === last ? named(r) : I.t('plans.outcome.you.' + r.outcome);
    $('me-report-question').textContent = P.question(r.author);
    var notes = $('me-report-notes');
    notes.textContent = r.notes || '';
    notes.hidden = !r.notes;
    // "The plan above" is this report's only while no later change followed it.
    $('me-report-plan').hidden = !r.planVersion;
    $('me-report-plan').textContent = I.t(r.planVersion === folder.plan.version ? 'plans.report.planChanged'
      : 'plans.report.planChangedSince');
    // What it changed, one line a change (hours, end date, objectives added or changed).
    var changes = $('me-report-changes');
    changes.textContent = '';
    P.planChanges(r, folder).forEach(function (c) { changes.appendChild(el('li', {}, c)); });
    changes.hidden = !changes.children.length;
    var res = $('me-report-resources');
    res.textContent = '';
    r.resources.forEach(function (x) {
      var link = P.resource(x, folder.pathId);
      if (!link) return;
      var li = res.appendChild(el('li'));
      if (link.href) li.appendChild(el('a', { href: link.href }, link.text)); else li.textContent = link.text;
    });
    $('me-report-resources-box').hidden = !res.children.length;
    var next = $('me-report-next');
    var when = nextSession(r);
    next.textContent = when ? I.t('plans.report.next', { date: when }) : '';
    next.hidden = !when;
    var answered = $('me-report-answered');
    $('me-report-answer').hidden = !!r.answer;
    answered.textContent = r.answer === 'confirmed' ? I.t('plans.report.confirmed')
      : r.answer === 'talk-again' ? askedAgain(r.author) : '';
    answered.hidden = !r.answer;
    box.setAttribute('data-report', r.reportId);
    showEarlier(last, r);
  }

  // Reports on earlier 1:1s not answered yet (and not corrected since): a mentor may file two before
  // the learner comes back, and each asks its own answer. Besides, the way back to the last 1:1's.
  function showEarlier(last, shown) {
    var waiting = folder.reports.filter(function (x) { return x !== last && x !== shown && !x.replacedBy && !x.answer; });
    var list = $('me-report-earlier-list');
    list.textContent = '';
    waiting.forEach(function (x) {
      var button = el('button', { type: 'button', 'class': 'button-secondary', 'data-report': x.reportId }, named(x));
      button.addEventListener('click', function () { choose(x.reportId); });
      list.appendChild(el('li')).appendChild(button);
    });
    $('me-report-earlier').hidden = !waiting.length;
    $('me-report-back').hidden = shown === last;
    $('me-report-others').hidden = $('me-report-earlier').hidden && $('me-report-back').hidden;
  }

  function choose(id) {
    chosen = id;
    showReport();
    $('me-report-title').focus();
  }

  // Who is mailed is who wrote the report: a mentor, or an LCM of the cohort (named when the report keeps the name).
  function askedAgain(a) {
    if (a && a.name) return I.t('plans.report.askedAgainBy', { name: a.name });
    return I.t(a && a.role === 'lcm' ? 'plans.report.askedAgainLcm' : 'plans.report.askedAgain');
  }

  // The next 1:1 is the series' next meeting, as the mentor block says: the date the mentor wrote
  // in the report goes stale once a meeting moves or the series is set again. Without a meeting to
  // come (no series, or one whose meetings are all past or cancelled), the report form offers its
  // field again, and what the mentor typed there is read here, while it is still to come.
  function nextSession(r) {
    // series.next is that meeting's day on the learner's clock, as the server reads it, already worded.
    if (series && series.next) return series.next;
    var today = window.LcmCheckInWeeks ? LcmCheckInWeeks.dayIn(new Date(), me.timezone) : '';
    return r.nextSession && r.nextSession >= today ? I.longDate(r.nextSession) : null;
  }

  function answer(value) {
    var id = $('me-report').getAttribute('data-report');
    call('POST', '/api/me/reports/' + encodeURIComponent(id) + '/answer', { answer: value }).then(function (r) {
      if (!r.ok && r.status !== 409) { $('me-report-answered').textContent = I.t('plans.report.failed'); $('me-report-answered').hidden = false; return; }
      return r.json().catch(function () { return null; }).then(function (body) {
        // Corrected since the page loaded: the later report is shown, and the learner told why.
        var replaced = body && body.error && body.error.code === 'report_replaced';
        return load().then(function () {
          if (replaced) { $('me-report-answered').textContent = I.t('plans.report.replaced'); $('me-report-answered').hidden = false; }
          $('me-report-answered').focus();
        });
      });
    });
  }

  function load() {
    return call('GET', '/api/me/plan').then(function (r) { return r.ok ? r.json() : null; }).then(function (f) {
      if (!f) return;
      folder = f;
      show();
    });
  }

  function cohortOf(m) { return m && m.cohort ? m.cohort.cohortId : null; }
  document.addEventListener('lcm:me', function (e) {
    var before = me;
    me = e.detail;
    // A waitlisted learner who took a seat in another cohort (learner.js, POST /api/me/move): the
    // sign-up's plan ends with that cohort now, so the plan read for the one left is read again.
    if (before && cohortOf(before) !== cohortOf(me)) { load(); return; }
    show();
  });
  var oneToOne = $('me-one-to-one');
  if (oneToOne) oneToOne.addEventListener('lcm:one-to-one', function (e) { series = e.detail; show(); });
  // This script may run after learner.js told its news (loaded late): what it said is kept.
  var told = window.LcmLearnerAnnounced || {};
  if (told.me) me = told.me;
  if (told.oneToOne) series = told.oneToOne;

  $('me-report-confirm').addEventListener('click', function () { answer('confirmed'); });
  $('me-report-again').addEventListener('click', function () { answer('talk-again'); });
  $('me-report-last').addEventListener('click', function () { choose(null); });
  load();
})();
