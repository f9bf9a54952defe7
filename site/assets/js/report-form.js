// The report on a 1:1, one panel per mentee card on the mentor page (mentor.js) and one in the
// dashboard's learner panel (dashboard.js: the LCM team files it, so a learner without a mentor
// can have their plan adjusted too): how it went, notes, the plan agreed (hours a week, personal
// end date, objectives: the current plan loaded from GET .../plan, sent as planChange only when it
// changed), guides and path steps to recommend (baked by templates/resources.ftl), the next
// session; then (on the mentor page) the reports so far with the learner's answer. All text from
// the catalogue (site/messages/plans.json).
'use strict';

(function () {
  var S = window.LcmStaff;
  var P = window.LcmPlans;
  if (!S || !P) return;
  var el = S.el;
  var t = S.t;
  var OUTCOMES = ['held', 'cancelled-by-learner-early', 'cancelled-by-learner-late', 'no-show', 'cancelled-by-mentor'];
  var STATUSES = ['open', 'reached', 'dropped'];

  function field(id, label, control) {
    var div = el('div', { 'class': 'field' });
    div.appendChild(el('label', { 'for': id }, label));
    control.id = id;
    div.appendChild(control);
    return div;
  }
  function input(type, name, attrs) {
    var i = el(type === 'textarea' || type === 'select' ? type : 'input', attrs || {});
    if (i.tagName === 'INPUT') i.type = type;
    i.name = name;
    i.setAttribute('data-field', name);
    return i;
  }
  function select(name, codes, word, none) {
    var s = input('select', name);
    // A choice the author must make themselves starts on none: saved as it came, it is refused.
    if (none) s.appendChild(el('option', { value: '' }, none));
    codes.forEach(function (c) { s.appendChild(el('option', { value: c }, word(c))); });
    return s;
  }
  /**
   * The API's field errors in words: one message per kind of field, whatever its objective; an end
   * date before the learner's week is over (params: that reason, and the earliest day) names the day,
   * as does a date after the author's today (their saved zone's, which the browser may not share).
   */
  function worded(fields, params) {
    var out = {};
    var why = params || {};
    Object.keys(fields || {}).forEach(function (k) {
      var kind = k.replace(/^planChange\./, '').replace(/^objectives\[\d+\]\./, '').replace(/\[\d+\]$/, '');
      if (why[k] === 'before-this-week' && why.earliestEndDate) {
        out[k] = t('plans.err.endDateBeforeThisWeek', { date: S.date(why.earliestEndDate) });
        return;
      }
      if (why[k] === 'required' && k === 'notes') {
        out[k] = t('plans.err.notesRequired');
        return;
      }
      if (why[k] === 'after-today' && why.latestDate) {
        out[k] = t('plans.err.dateLatest', { date: window.LcmI18n.longDate(why.latestDate) });
        return;
      }
      out[k] = S.has('plans.err.' + kind) ? t('plans.err.' + kind) : t('plans.form.correct');
    });
    return out;
  }

  function objectiveRow(id, n, o) {
    var fs = el('fieldset', { 'class': 'plan-objective-edit' });
    fs.setAttribute('data-objective', o.objectiveId || '');
    fs.appendChild(el('legend', {}, t('plans.form.objective', { n: n + 1 })));
    var pre = 'planChange.objectives[' + n + '].';
    fs.appendChild(field(id + '-d', t('plans.form.description'), input('text', pre + 'description', { maxlength: '300' })));
    fs.appendChild(field(id + '-t', t('plans.form.target'), input('date', pre + 'targetDate')));
    fs.appendChild(field(id + '-s', t('plans.form.status'), select(pre + 'status', STATUSES, P.status)));
    fs.querySelector('input[type=text]').value = o.description || '';
    fs.querySelector('input[type=date]').value = o.targetDate || '';
    fs.querySelector('select').value = o.status || 'open';
    return fs;
  }

  function checks(legend, id, items) {
    var fs = el('fieldset', { 'class': 'field' });
    fs.appendChild(el('legend', {}, legend));
    items.forEach(function (x, i) {
      var p = fs.appendChild(el('p', { 'class': 'choice' }));
      var box = p.appendChild(el('input', { type: 'checkbox', id: id + '-' + i, value: x.value }));
      box.setAttribute('data-resource', x.kind);
      var label = p.appendChild(el('label', { 'for': id + '-' + i }));
      label.appendChild(el('span', x.lang ? { lang: x.lang } : {}, x.text));
      if (x.note) label.appendChild(document.createTextNode(' ' + x.note));
    });
    return fs;
  }

  /**
   * The guides a mentor may recommend to this learner: those written for learners (guides for LCMs
   * stay out) on any path or on theirs (one written for another path is of no use to them); those
   * in the learner's language first, and among them those of their path first.
   */
  function forLearner(guides, m) {
    function rank(g) { return (g.langs.indexOf(m.language) >= 0 ? 0 : 2) + (g.paths.indexOf(m.pathId) >= 0 ? 0 : 1); }
    return guides.filter(function (g) { return g.audience === 'learner' && (!g.paths.length || g.paths.indexOf(m.pathId) >= 0); })
      .map(function (g, i) { return { g: g, i: i }; })
      .sort(function (a, b) { return rank(a.g) - rank(b.g) || a.i - b.i; })
      .map(function (x) { return x.g; });
  }


  /**
   * The form for learner {@code m} ({name, language, pathId}) whose plan and reports are under
   * {@code base}. {@code opts}: id (the ids' prefix), past (false: the page lists the reports
   * itself), saved (called once a report is saved or the plan was found changed, to show it anew),
   * noMentor (the learner has none: no "cancelled by the mentor" to choose), series (an element that
   * tells the learner's 1:1 series, {@code lcm:series}, as the mentor page reads it again), lastMeeting,
   * nextMeeting, latestDate and oneToOne (where no such element is: the plan folder's; oneToOne false:
   * the learner has no series). The date starts on the
   * series' latest meeting so far, which the server works out for both (its lastMeeting), else empty;
   * it goes no later than the author's today on their saved clock (latestDate), as the server checks.
   */
  function panel(m, n, base, opts) {
    opts = opts || {};
    var id = opts.id || 'm' + n + '-report';
    var details = el('details', { 'class': 'staff-details' });
    details.appendChild(el('summary', {}, t('plans.form.summary')));
    var f = el('form', { id: id, novalidate: '' });
    // The date of a 1:1 that took place, on the mentor page and the dashboard alike: the series'
    // latest meeting begun by now, else empty to give; never today, which may be no meeting at all
    // (the learner would be mailed about a 1:1 that never was).
    var date = input('date', 'date', { 'aria-describedby': id + '-date-hint ' + id + '-exists' });
    var dateField = f.appendChild(field(id + '-date', t('plans.form.date'), date));
    var dateHint = dateField.appendChild(el('p', { 'class': 'hint', id: id + '-date-hint' }, t('plans.form.dateNone')));
    // The 1:1 of that date has a report: the form holds what it says, to correct, and saving
    // replaces it (the API's replaces), said under the date, before what it holds is read.
    var existsBox = f.appendChild(el('p', { 'class': 'notice report-exists', id: id + '-exists' }));
    existsBox.hidden = true;
    function latest(day) { if (day) { date.max = day; } }
    latest(opts.latestDate);
    var dateTyped = false;
    date.addEventListener('input', function () { dateTyped = true; });
    // Without a 1:1 series (hasSeries false) the hint asks for the day, naming no series.
    function startOn(held, hasSeries) {
      if (dateTyped) return;
      date.value = held || '';
      dateHint.textContent = t(held ? 'plans.form.dateLast' : hasSeries ? 'plans.form.dateNone' : 'plans.form.dateNoSeries');
      showExisting();
    }
    if (opts.series) {
      opts.series.addEventListener('lcm:series', function (e) { startOn(e.detail && e.detail.lastMeeting, !!e.detail); });
    } else {
      startOn(opts.lastMeeting, opts.oneToOne !== false);
    }
    // A learner without a mentor has no mentor to call a 1:1 off.
    var outcomes = opts.noMentor ? OUTCOMES.filter(function (o) { return o !== 'cancelled-by-mentor'; }) : OUTCOMES;
    f.appendChild(field(id + '-outcome', t('plans.form.outcome'), select('outcome', outcomes, P.outcome, t('plans.form.outcomeChoose'))));
    f.appendChild(field(id + '-notes', t('plans.form.notes'), input('textarea', 'notes', { maxlength: '2000' })));
    var plan = el('fieldset', { 'class': 'field plan-edit' });
    plan.appendChild(el('legend', {}, t('plans.form.plan')));
    plan.appendChild(el('p', { 'class': 'hint' }, t('plans.form.planHint')));
    plan.appendChild(field(id + '-hours', t('plans.form.hours'), input('number', 'planChange.weeklyHours', { min: '1', max: '80', step: '1' })));
    plan.appendChild(field(id + '-end', t('plans.form.end'), input('date', 'planChange.endDate')));
    var objectives = plan.appendChild(el('div'));
    var add = plan.appendChild(el('p')).appendChild(el('button', { type: 'button', 'class': 'button-secondary' }, t('plans.form.addObjective')));
    f.appendChild(plan);
    var c = P.catalogue();
    var guides = forLearner(c.guides, m);
    if (guides.length) {
      f.appendChild(checks(t('plans.form.guides'), id + '-g', guides.map(function (g) {
        // A guide the learner cannot read in their language says which one it is written in; one
        // titled here in this page's language, which is not theirs, says that it reaches them in
        // theirs (a report names guides by key: the learner's page opens each in their language).
        var note = g.langs.indexOf(m.language) < 0 ? t('plans.form.guideIn', { language: g.langs.map(S.languageName).join(', ') })
          : m.language && m.language !== S.lang ? t('plans.form.guideReadIn', { name: m.name, language: S.languageName(m.language) }) : '';
        return { kind: 'guide', value: g.key, text: g.title, lang: g.lang, note: note };
      })));
    }
    var path = c.paths[m.pathId];
    if (path && path.steps.length) {
      f.appendChild(checks(t('plans.form.steps'), id + '-st', path.steps.map(function (title, i) {
        return { kind: 'step', value: String(i + 1), text: t('plans.report.step', { step: i + 1, title: title }) };
      })));
    }
    var nextField = f.appendChild(field(id + '-next', t('plans.form.next'), input('date', 'nextSession')));
    var nextHint = null;
    if (!opts.series) {
      // Where the form is not told the series (the dashboard), it says what the learner reads: a
      // meeting of a series still to come, else this date (my-plan.js).
      nextField.querySelector('input').setAttribute('aria-describedby', id + '-next-hint');
      nextHint = nextField.appendChild(el('p', { 'class': 'hint', id: id + '-next-hint' }));
    }
    /**
     * The dashboard's hint names the series' next meeting, as the mentor page does: its day and time
     * on the reader's clock, and the learner's own day when their calendar reads another.
     */
    function showNextMeeting(next) {
      if (!nextHint) return;
      // Without a series this date is the next 1:1 the learner reads; with one, its meeting to come is.
      if (!next) { nextHint.textContent = t(opts.oneToOne === false ? 'plans.form.nextNoSeries' : 'plans.form.nextHint', { name: m.name }); return; }
      var I = window.LcmI18n;
      var mine = I.longDate(next.start);
      var theirs = I.longDate(next.learnerLocal.slice(0, 10));
      nextHint.textContent = t(mine === theirs ? 'plans.form.nextMeeting' : 'plans.form.nextMeetingLearnerDay',
        { name: m.name, date: mine, time: I.time(next.start), learnerDate: theirs });
    }
    showNextMeeting(opts.nextMeeting);
    // A weekly series sets the next 1:1 the learner reads (my-plan.js): then no field it would
    // ignore, but that meeting's day, and where to move it; without a series, the field's date.
    var seriesNext = f.insertBefore(el('p', { 'class': 'hint', id: id + '-next-series' }), nextField);
    seriesNext.hidden = true;
    if (opts.series) {
      opts.series.addEventListener('lcm:series', function (e) {
        var now = Date.now();
        var coming = ((e.detail && e.detail.meetings) || []).filter(function (x) {
          return x.status !== 'cancelled' && new Date(x.start).getTime() > now;
        })[0];
        nextField.hidden = !!coming;
        if (coming) { f.elements.nextSession.value = ''; }
        seriesNext.hidden = !coming;
        seriesNext.textContent = coming ? nextSeries(coming) : '';
      });
    }
    // The mentor's day of the meeting, and the learner's when their calendar reads another: what
    // their page names (my-plan.js reads the meeting on their clock).
    function nextSeries(coming) {
      var I = window.LcmI18n;
      var mine = (coming.mentorLocal || coming.start).slice(0, 10);
      var theirs = (coming.learnerLocal || mine).slice(0, 10);
      return mine === theirs ? t('plans.form.nextSeries', { name: m.name, date: I.longDate(mine) })
        : t('plans.form.nextSeriesLearnerDay', { name: m.name, date: I.longDate(mine), learnerDate: I.longDate(theirs) });
    }
    // A report the learner confirmed on the 1:1 of that date: saving replaces it and they are asked
    // again, said before saving, and replaced only once the box is ticked (the API's replaceConfirmed).
    var confirmedBox = f.appendChild(el('div', { 'class': 'notice report-confirmed', id: id + '-confirmed' }));
    confirmedBox.hidden = true;
    var confirmedText = confirmedBox.appendChild(el('p', { id: id + '-confirmed-text' }));
    var replaceLine = confirmedBox.appendChild(el('p', { 'class': 'choice' }));
    var replace = replaceLine.appendChild(el('input', { type: 'checkbox', id: id + '-replace', name: 'replaceConfirmed',
      'aria-describedby': id + '-confirmed-text' }));
    var replaceLabel = replaceLine.appendChild(el('label', { 'for': id + '-replace' }));
    var actions = f.appendChild(el('p', { 'class': 'staff-actions' }));
    actions.appendChild(el('button', { type: 'submit' }, t('plans.form.save')));
    var state = f.appendChild(el('p', { 'class': 'staff-status', role: 'status', id: id + '-status', tabindex: '-1' }));
    state.hidden = true;
    details.appendChild(f);
    var past = null;
    if (opts.past !== false) {
      details.appendChild(el('h4', {}, t('plans.form.past')));
      past = details.appendChild(el('ul', { 'class': 'staff-list', id: id + '-past' }));
    }

    var current = null;
    var reports = [];
    var shownFor = null;
    // Names in the hub are written in full; the warning speaks of the learner as a mentor does.
    var first = String(m.name || '').trim().split(/\s+/)[0];
    // The report being corrected (the current one on the form's date), else null.
    var editing = null;
    function reportOn(day) {
      return reports.filter(function (r) { return day && r.date === day && !r.replacedBy; })[0] || null;
    }
    function boxes() { return Array.prototype.slice.call(f.querySelectorAll('[data-resource]')); }
    function resourceOf(b) {
      return b.getAttribute('data-resource') === 'guide' ? { kind: 'guide', slug: b.value } : { kind: 'step', step: Number(b.value) };
    }
    function key(x) { return x.kind === 'guide' ? 'guide:' + x.slug : 'step:' + x.step; }
    /** What the form says of the 1:1 itself (the plan apart), to fill in and to compare. */
    function content() {
      return {
        outcome: f.elements.outcome.value, notes: f.elements.notes.value.trim(),
        nextSession: f.elements.nextSession.value || '',
        resources: boxes().filter(function (b) { return b.checked; }).map(function (b) { return key(resourceOf(b)); }).sort().join(' ')
      };
    }
    function fill(r) {
      f.elements.outcome.value = r ? r.outcome : '';
      f.elements.notes.value = r ? r.notes || '' : '';
      f.elements.nextSession.value = r && r.nextSession || '';
      var chosen = (r ? r.resources : []).map(key);
      boxes().forEach(function (b) { b.checked = chosen.indexOf(key(resourceOf(b))) >= 0; });
    }
    function same1to1(a, b) {
      return a.outcome === b.outcome && a.notes === b.notes && a.nextSession === b.nextSession && a.resources === b.resources;
    }
    /** The form on the report of its date, if any: filled with it once, emptied when the date leaves it for one without. */
    function showExisting() {
      if (!confirmedBox) return; // the date is set while the form is still being built
      var r = reportOn(date.value);
      // Filled when the report changes (another date, one saved since), never over what is being typed.
      if ((r && r.reportId) !== (editing && editing.reportId)) fill(r);
      editing = r;
      existsBox.hidden = !r;
      existsBox.textContent = r ? t('plans.form.exists', { date: window.LcmI18n.longDate(r.date) }) : '';
      showConfirmed();
    }
    function confirmedOn(day) {
      return reports.filter(function (r) { return day && r.date === day && !r.replacedBy && r.answer === 'confirmed'; })[0] || null;
    }
    function showConfirmed() {
      if (!confirmedBox) return; // the date is set while the form is still being built
      var r = confirmedOn(date.value);
      confirmedBox.hidden = !r;
      if (!r) { shownFor = null; replace.checked = false; return; }
      // Another confirmed report than the one the box was ticked for asks again.
      if (shownFor !== r.reportId) { replace.checked = false; shownFor = r.reportId; }
      confirmedText.textContent = r.answeredAt
        ? t('plans.form.confirmed', { name: first, date: window.LcmI18n.longDate(r.answeredAt) })
        : t('plans.form.confirmedUndated', { name: first });
      replaceLabel.textContent = t('plans.form.replaceConfirmed', { name: first });
    }
    date.addEventListener('input', showExisting);
    date.addEventListener('change', showExisting);
    function rows() { return Array.prototype.slice.call(objectives.children); }
    function showPlan(p) {
      current = p;
      f.elements['planChange.weeklyHours'].value = p.weeklyHours;
      f.elements['planChange.endDate'].value = p.endDate;
      objectives.textContent = '';
      p.objectives.forEach(function (o, i) { objectives.appendChild(objectiveRow(id + '-o' + i, i, o)); });
    }
    function planOf() {
      return {
        weeklyHours: Number(f.elements['planChange.weeklyHours'].value) || null,
        endDate: f.elements['planChange.endDate'].value || null,
        objectives: rows().map(function (fs) {
          var o = {
            description: fs.querySelector('input[type=text]').value.trim() || null,
            targetDate: fs.querySelector('input[type=date]').value || null,
            status: fs.querySelector('select').value
          };
          if (fs.getAttribute('data-objective')) o.objectiveId = fs.getAttribute('data-objective');
          return o;
        })
      };
    }
    function same(a, b) {
      return a.weeklyHours === b.weeklyHours && a.endDate === b.endDate && a.objectives.length === b.objectives.length
        && a.objectives.every(function (o, i) {
          var x = b.objectives[i];
          return o.objectiveId === x.objectiveId && o.description === x.description && o.targetDate === x.targetDate && o.status === x.status;
        });
    }
    function showPast(folder) {
      if (!past) return;
      var reports = folder.reports;
      past.textContent = '';
      if (!reports.length) { past.appendChild(el('li', {}, t('plans.form.none'))); return; }
      reports.forEach(function (r) {
        var li = past.appendChild(el('li', {}, P.reported(r)));
        li.setAttribute('data-answer', r.answer || '');
        if (r.notes) li.appendChild(el('p', { 'class': 'hint' }, r.notes));
        // The plan it changed, as the dashboard says it, with the objectives added or changed.
        var changes = P.planChanges(r, folder);
        if (changes.length) {
          var ul = li.appendChild(el('ul', { 'class': 'plan-changes' }));
          changes.forEach(function (c) { ul.appendChild(el('li', {}, c)); });
        }
      });
    }
    function load() {
      return S.call('GET', base + '/plan').then(function (r) {
        if (!r.ok || !r.json) return;
        showPlan(r.json.plan);
        showPast(r.json);
        latest(r.json.latestDate);
        showNextMeeting(r.json.nextMeeting);
        reports = r.json.reports || [];
        showExisting();
        if (opts.saved) opts.saved(r.json);
      });
    }
    add.addEventListener('click', function () {
      var i = rows().length;
      var row = objectives.appendChild(objectiveRow(id + '-o' + i, i, { status: 'open' }));
      row.querySelector('input').focus();
    });
    f.addEventListener('submit', function (e) {
      e.preventDefault();
      S.clearErrors(f);
      if (!confirmedBox.hidden && !replace.checked) {
        S.say(state, t('plans.form.replaceMissing', { name: first }), 'error');
        replace.focus();
        return;
      }
      var changed = planOf();
      var was = { weeklyHours: current.weeklyHours, endDate: current.endDate, objectives: current.objectives.map(function (o) {
        return { objectiveId: o.objectiveId, description: o.description, targetDate: o.targetDate, status: o.status };
      }) };
      var plan = same(changed, was) ? null : changed;
      // A correction that changes nothing would only ask the learner again about the same report.
      if (editing && !plan && same1to1(content(), {
        outcome: editing.outcome, notes: (editing.notes || '').trim(), nextSession: editing.nextSession || '',
        resources: (editing.resources || []).map(key).sort().join(' ')
      })) {
        S.say(state, t('plans.form.unchanged'), 'error');
        return;
      }
      var body = {
        date: f.elements.date.value || null, outcome: f.elements.outcome.value || null, notes: f.elements.notes.value.trim() || null,
        nextSession: f.elements.nextSession.value || null, basedOn: current.version,
        replaceConfirmed: !confirmedBox.hidden && replace.checked,
        planChange: plan,
        resources: boxes().filter(function (b) { return b.checked; }).map(resourceOf)
      };
      if (editing) body.replaces = editing.reportId;
      S.call('POST', base + '/reports', body).then(function (r) {
        if (r.ok) {
          // Read again: the form then holds the report just saved, the one its date now has.
          load().then(function () { S.say(state, t('plans.form.saved', { name: m.name })); state.focus(); });
          return;
        }
        var error = (r.json && r.json.error) || {};
        if (error.code === 'report_confirmed') {
          // Confirmed since the form was loaded: read again, so the notice and its box show.
          load().then(function () { S.say(state, t('plans.form.confirmedMeanwhile', { name: first }), 'error'); replace.focus(); });
          return;
        }
        if (error.code === 'report_exists') {
          // Someone filed one on this 1:1 since the form was loaded: shown in the form, nothing replaced unseen.
          load().then(function () { S.say(state, t('plans.form.existsMeanwhile'), 'error'); });
          return;
        }
        if (r.status === 409) { load().then(function () { S.say(state, t('plans.form.changed'), 'error'); }); return; }
        var left = S.showErrors(f, worded(error.fields, error.params));
        S.say(state, left.length ? left.join(' ') : error.fields ? t('plans.form.correct') : t('plans.form.failed'), 'error');
      });
    });
    details.addEventListener('toggle', function () { if (details.open && !current) load(); });
    return details;
  }

  window.LcmReportForm = { panel: panel };
})();
