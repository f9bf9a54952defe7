// The LCM dashboard: the cohorts the signed-in LCM runs; the chosen one opens at once (figures,
// who to watch and why, who has no mentor grouped by reason, every learner with a detail panel:
// check-ins and their chart, notes of the team, the mentor's session notes, a mail link; learners
// come a page at a time, a learner of the watch list not on a page yet alone), three
// charts (charts.js), a note form and the CSV export. Words come from the staff catalogue
// (LcmStaff.t) in the page's language; reasons are rendered from their codes.
(function () {
  'use strict';
  var S = window.LcmStaff;
  var t = S.t;
  var $ = function (id) { return document.getElementById(id); };
  var state = $('dash-state');
  var current = null;
  var learnersById = {};
  var shownLearner = null;
  var notesCursor = null;
  var nextLearners = null; // the cursor of the next page of learners, null after the last
  var PAGE = 50;
  var startOf = {}; // each cohort's first day, to tell the cohort's week
  var cohortStart = null;

  function pct(v) { return S.percent(v * 100); }

  function node(name, text, cls) {
    var n = document.createElement(name);
    if (text !== undefined && text !== null) { n.textContent = text; }
    if (cls) { n.className = cls; }
    return n;
  }

  function cohortPath(suffix) { return '/api/cohorts/' + encodeURIComponent(current.cohortId) + suffix; }

  function failed(r) {
    state.textContent = r.status === 401 || r.status === 403 ? S.refused(r) : t('staff.failed');
  }

  function kpis(d) {
    var dl = $('dash-kpis');
    dl.textContent = '';
    ['enrolled', 'active', 'dropoutRate', 'successRate', 'checkInRateThisWeek', 'averagePace'].forEach(function (k) {
      var v = d[k];
      var box = node('div', undefined, 'dash-kpi');
      box.appendChild(node('dt', t('dash.kpi.' + k)));
      var known = v !== null && v !== undefined;
      // How far the week is on the reader's own calendar (LcmStaff.checkInsDue), when the API names its Sunday.
      var due = k === 'checkInRateThisWeek' && d.checkInsDueBy ? S.checkInsDue(d.checkInsDueBy, window.LcmI18n.today()) : null;
      box.appendChild(known && k === 'checkInRateThisWeek' ? checkInFigure(d, v, due)
        : node('dd', !known ? '–' : /Rate|Pace/.test(k) ? pct(v) : S.number(v)));
      if (due) { box.appendChild(node('dd', due.text, 'dash-kpi-due')); }
      dl.appendChild(box);
    });
  }

  /**
   * The share with the count behind it: "5 of 10 · 50%" (the learners' rows say which five). The
   * count is set smaller than the share, as a lead-in: "120 of 150 ·" in the tile's figure size is
   * wider than a tile on a phone, or of six in a row, and would break inside the count.
   */
  function checkInFigure(d, v, due) {
    var words = t('dash.kpi.checkInCount', { count: S.number(d.checkedInThisWeek), expected: S.number(d.expectedThisWeek) })
      .split('{percent}');
    var dd = node('dd');
    if (words[0].trim()) { dd.appendChild(node('span', words[0].trim(), 'dash-kpi-count')); dd.appendChild(document.createTextNode(' ')); }
    // Until its last day the week is still running: its share so far is no verdict, and not set as one.
    dd.appendChild(node('span', pct(v), due && due.open ? 'dash-kpi-share dash-kpi-open' : 'dash-kpi-share'));
    if (words[1] && words[1].trim()) { dd.appendChild(document.createTextNode(' ')); dd.appendChild(node('span', words[1].trim(), 'dash-kpi-count')); }
    return dd;
  }

  /** The one word for a learner's verdict (the API's status, see Assessment.status), as every list says it. */
  function statusText(l) { return t('dash.status.' + (l.status || l.level)); }

  /**
   * The learner's progress and week. Their week is counted in their own time zone and from their
   * own start, so it may not be the cohort's (counted at the same moment in UTC): then it says why.
   */
  function progressText(l, now) {
    // Before the cohort's first day there is no "week 0" to speak of: its start is said instead.
    if (l.week != null && l.week < 1 && cohortStart) { return t('dash.progressBeforeStart', { date: long(cohortStart) }); }
    return t(weekKey(l, cohortStart, now || Date.now()), { progress: l.progress, week: l.week });
  }

  /** The catalogue's words for the learner's week at {@code now}: plain, in their time zone, or since they joined. */
  function weekKey(l, start, now) {
    var cohortWeek = start ? weekOf(start, new Date(now).toISOString().slice(0, 10)) : l.week;
    // The watch list's rows carry no zone: the learner's row of the list of all has it (once on a page).
    var zone = l.timezone || (learnersById[l.learnerId] || {}).timezone;
    if (!l.week || l.week === cohortWeek || !zone) { return 'dash.progress'; }
    var local;
    try { local = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(now)); } catch (e) { return 'dash.progress'; }
    if (weekOf(start, local) === l.week) { return 'dash.progressInZone'; }
    return l.week < cohortWeek ? 'dash.progressSinceJoining' : 'dash.progress';
  }

  /** The week of {@code day} counted from the one of {@code start} (1 = the first), Mondays apart, as the API counts. */
  function weekOf(start, day) {
    function monday(iso) {
      var d = new Date(iso + 'T00:00:00Z');
      return d.getTime() - ((d.getUTCDay() + 6) % 7) * 864e5;
    }
    return Math.round((monday(day) - monday(start)) / (7 * 864e5)) + 1;
  }

  /**
   * A learner given a seat in a running cohort counts their weeks from it (week 1 then, not the
   * cohort's week): said next to their week, with the cohort's week and the day they joined.
   */
  function joinedText(l) {
    return l.firstWeek > 1 && l.startDate ? t('dash.joinedWeek', { week: l.firstWeek, date: long(l.startDate) }) : '';
  }

  function mentorText(m) { return m ? t('dash.mentor', { name: m.name || '–' }) : t('dash.noMentor'); }

  function lastCheckInText(l) {
    return l.lastCheckIn ? t('dash.lastCheckIn', { date: long(l.lastCheckIn) }) : t('dash.noCheckIn');
  }

  function reasonList(list, cls) {
    var ul = node('ul', undefined, cls || 'dash-reasons');
    (list || []).forEach(function (r) { ul.appendChild(node('li', S.reason(r))).setAttribute('data-code', r.code); });
    return ul;
  }

  function openButton(l) {
    var b = node('button', l.name, 'link-button');
    b.type = 'button';
    b.setAttribute('aria-label', t('dash.open', { name: l.name }));
    b.setAttribute('aria-controls', 'dash-detail');
    b.addEventListener('click', function () { detail(l.learnerId); });
    return b;
  }

  function riskItem(l) {
    var li = node('li', undefined, 'dash-item');
    li.setAttribute('data-learner', l.learnerId);
    var head = li.appendChild(node('p', undefined, 'dash-item-head'));
    head.appendChild(openButton(l));
    // A badge only where it says something: a learner counted out, or one the early warning flags.
    if (l.outcome && l.outcome !== 'active') {
      head.appendChild(document.createTextNode(' '));
      head.appendChild(node('span', statusText(l), 'dash-level dash-level--at-risk'));
    } else if (l.level !== 'ok') {
      head.appendChild(document.createTextNode(' '));
      head.appendChild(node('span', t('dash.level.' + l.level), 'dash-level dash-level--' + l.level));
    }
    li.appendChild(reasonList(l.reasons));
    // Silent still (until they check in), but someone was in touch since: said, so nobody goes again.
    if (l.contacted) {
      li.setAttribute('data-contacted', l.contacted.params.date);
      li.appendChild(node('p', contactedText(l.contacted), 'dash-meta dash-contacted'));
    }
    var score = scoreText(l);
    if (score) { li.appendChild(node('p', score, 'dash-meta dash-score')); }
    li.appendChild(node('p', [progressText(l), joinedText(l), lastCheckInText(l),
      mentorText(l.mentor)].filter(Boolean).join(' · '), 'dash-meta'));
    return li;
  }

  /** When the team was in touch with a silent learner, and who recorded it when the API knows (a contact note's author; not a 1:1's). */
  function contactedText(c) {
    var by = c.params.by;
    return t('dash.' + c.code + (by ? 'By' : ''), { date: window.LcmI18n.longDate(c.params.date), name: by });
  }

  /** The watch list's line of a learner, which knows who recorded a contact (the list of all does not). */
  function watched(learnerId) {
    return ((current && current.atRisk) || []).filter(function (w) { return w.learnerId === learnerId; })[0];
  }

  /**
   * Two signals kept apart: who is silent now (get in touch today), and who is likely to drop out;
   * between them, who asked for help and waits for a contact (not likely to drop out for it); then,
   * apart from all, who is already counted as dropped out.
   */
  function riskList(d) {
    var box = $('dash-risk');
    box.textContent = '';
    $('dash-risk-empty').hidden = d.atRisk.length > 0;
    function is() {
      var codes = Array.prototype.slice.call(arguments);
      return function (l) { return codes.indexOf(l.status || l.level) >= 0; };
    }
    // Silent now all of them, but those the team was in touch with this week need no call today:
    // listed apart, after those to get in touch with.
    function silent(contacted) { return function (l) { return is('silent')(l) && !l.contacted === !contacted; }; }
    [['silent', 'dash.silentNow', silent(false)], ['contacted', 'dash.silentContacted', silent(true)],
      ['help', 'dash.helpWaiting', is('help')],
      ['likely', 'dash.likely', is('at-risk', 'watch')], ['dropped', 'dash.countedOut', is('dropped-out')]].forEach(function (g) {
      var learners = d.atRisk.filter(g[2]);
      if (!learners.length) { return; }
      var heading = box.appendChild(node('h4', t(g[1])));
      heading.id = 'dash-risk-' + g[0] + '-heading';
      var ul = box.appendChild(node('ul', undefined, 'dash-list'));
      ul.id = 'dash-risk-' + g[0];
      ul.setAttribute('aria-labelledby', heading.id);
      learners.forEach(function (l) { ul.appendChild(riskItem(l)); });
    });
  }

  /** One entry per reason, with the learners it holds back; links to matching. */
  function withoutMentor(d) {
    var ul = $('dash-alone');
    ul.textContent = '';
    var groups = d.withoutMentorGroups || [];
    $('dash-alone-empty').hidden = groups.length > 0;
    // With nobody enrolled, "every learner has one" would be true of no one: said as it is.
    $('dash-alone-empty').textContent = t(d.enrolled ? 'dash.aloneEmpty' : 'dash.aloneNobody');
    $('dash-to-matching').href = S.pages.matching + '?cohort=' + encodeURIComponent(d.cohortId);
    $('dash-to-matching').hidden = groups.length === 0;
    groups.forEach(function (g) {
      var li = node('li', undefined, 'dash-item');
      li.setAttribute('data-code', g.reason.code);
      var head = li.appendChild(node('p', undefined, 'dash-item-head'));
      head.appendChild(node('strong', S.reason(g.reason)));
      // A reason that counts its learners itself ("4 places for 5 learners") is not followed by "· 5 learners".
      if (g.reason.code !== 'room-for-some') {
        head.appendChild(document.createTextNode(' · ' + S.plural('dash.aloneCount', g.learners.length)));
      }
      var names = li.appendChild(node('ul', undefined, 'dash-names'));
      g.learners.forEach(function (l) {
        var item = names.appendChild(node('li'));
        item.setAttribute('data-learner', l.learnerId);
        item.appendChild(openButton(l));
      });
      ul.appendChild(li);
    });
  }

  /** The learners of one page; {@code more}: added under those shown already. */
  function everyone(d, more) {
    var ul = $('dash-learners');
    if (!more) { ul.textContent = ''; learnersById = {}; }
    nextLearners = d.next || null;
    $('dash-learners-more').hidden = !nextLearners;
    (d.learners || []).forEach(function (l) {
      learnersById[l.learnerId] = l;
      var li = ul.appendChild(node('li', undefined, 'dash-person'));
      li.setAttribute('data-learner', l.learnerId);
      li.appendChild(openButton(l));
      li.appendChild(node('span', ' · ' + statusText(l) + ' · ' + progressText(l),
        'dash-meta'));
      var joined = joinedText(l);
      if (joined) { li.appendChild(node('span', ' · ' + joined, 'dash-meta dash-joined')); }
    });
    $('dash-learners-count').textContent = current.enrolled ? t('dash.learnersShown', { shown: S.number(ul.children.length),
      total: S.number(current.enrolled) }) : t('dash.noLearnersYet');
  }

  /** The next page of learners, added to the list and to the note form's choices. */
  function moreLearners() {
    var button = $('dash-learners-more');
    var before = $('dash-learners').children.length;
    button.disabled = true;
    return S.call('GET', dashboardPath('limit=' + PAGE + '&cursor=' + encodeURIComponent(nextLearners))).then(function (r) {
      button.disabled = false;
      if (!r.ok) { failed(r); return; }
      everyone(r.json, true);
      noteChoices(r.json, true);
      // Keyboard users carry on from the first learner just added.
      var added = $('dash-learners').children[before];
      if (added) { added.querySelector('button').focus(); }
    });
  }

  function dashboardPath(query) {
    return '/api/cohorts/' + encodeURIComponent(current.cohortId) + '/dashboard?' + query;
  }

  function progressChart(rows) {
    var bins = [0, 0, 0, 0];
    rows.forEach(function (p) {
      var gap = p.progress - p.expected;
      bins[gap <= -30 ? 0 : gap <= -15 ? 1 : gap < 15 ? 2 : 3] += 1;
    });
    var labels = [0, 1, 2, 3].map(function (i) { return t('dash.chart.bin' + i); });
    LcmCharts.bars($('chart-progress'), {
      title: t('dash.chart.progress'), desc: rows.length ? S.plural('dash.chart.progressDesc', rows.length, {
        b0: bins[0], b1: bins[1], b2: bins[2], b3: bins[3] }) : t('dash.chart.empty'),
      labels: rows.length ? labels : [], values: rows.length ? bins : [], kinds: ['risk', 'watch', 'ok', 'ahead'],
      format: String, tableLabel: t('dash.chart.table'), columns: [t('dash.col.group'), t('dash.col.learners')],
      rows: rows.length ? labels.map(function (b, i) { return [b, S.plural('dash.aloneCount', bins[i])]; }) : []
    });
  }

  /** A week's label: the date of its Monday, short ("23 Nov"), never the week's code. */
  function weekLabel(week) {
    var monday = S.mondayOf(week);
    return monday ? window.LcmI18n.dayMonth(monday) : week;
  }

  // A week in a table (a chart's, the learner's check-ins) is named by its Monday read in full, as
  // people read a day: "Monday 30 November", « lundi 30 novembre », its year left out when it is
  // the year the cohort began in (the page says its start), "Monday 4 January 2027" otherwise. The
  // line may break after the weekday (LcmI18n.longDayOfWeek), so the column still fits a phone.
  function weekDate(week) {
    var monday = S.mondayOf(week);
    if (!monday) { return ''; }
    return cohortStart && monday.slice(0, 4) === cohortStart.slice(0, 4) ? window.LcmI18n.longDayOfWeek(monday) : long(monday);
  }
  function weekLong(week) { return long(S.mondayOf(week)); }

  /** A day in a sentence, in full ("Monday 7 December 2026", « lundi 7 décembre 2026 »): LcmI18n.longDate. */
  function long(iso) { return iso ? window.LcmI18n.longDate(iso) : ''; }

  /**
   * The week still under way, whose check-ins are due by a day to come (the KPI tile's rule,
   * LcmStaff.checkInsDue): its share so far is no drop, so the chart draws and words it apart.
   */
  function underWay(r, d) {
    var monday = S.mondayOf(r.week);
    if (!monday || !d.checkInsDueBy) { return false; }
    var sunday = new Date(Date.parse(monday + 'T00:00:00Z') + 6 * 864e5).toISOString().slice(0, 10);
    return sunday === d.checkInsDueBy && S.checkInsDue(d.checkInsDueBy, window.LcmI18n.today()).open;
  }

  function rateChart(rows, d) {
    var due = d.checkInsDueBy ? window.LcmI18n.longDayOfWeek(d.checkInsDueBy) : '';
    var open = rows.map(function (r) { return r.rate !== null && underWay(r, d); });
    LcmCharts.columns($('chart-rate'), {
      title: t('dash.chart.rate'),
      desc: rows.length ? t('dash.chart.rateDesc', { weeks: rows.map(function (r, i) {
        var figures = { date: weekLong(r.week), rate: pct(r.rate), submitted: r.submitted, expected: r.expected, due: due };
        return r.rate === null ? t('dash.chart.rateNobody', { date: weekLong(r.week) })
          : t(open[i] ? 'dash.chart.rateWeekSoFar' : 'dash.chart.rateWeek', figures);
      }).join(t('listSeparator')) }) : t('dash.chart.notStarted'),
      empty: t('dash.chart.empty'), labels: rows.map(function (r) { return weekLabel(r.week); }),
      values: rows.map(function (r) { return r.rate; }), min: 0, max: 1, ticks: [0, 0.5, 1], tickLabel: pct,
      kinds: open.map(function (o) { return o ? 'open' : 'plain'; }),
      note: open.indexOf(true) >= 0 ? t('dash.chart.rateOpenNote', { due: due }) : null,
      tableLabel: t('dash.chart.table'),
      columns: [t('dash.col.week'), t('dash.col.rate'), t('dash.col.submitted'), t('dash.col.expected')],
      rows: rows.map(function (r, i) {
        var rate = r.rate === null ? '–' : open[i] ? t('dash.chart.rateSoFar', { rate: pct(r.rate) }) : pct(r.rate);
        return [weekDate(r.week), rate, String(r.submitted), String(r.expected)];
      })
    });
  }

  function moodChart(rows) {
    LcmCharts.line($('chart-mood'), {
      title: t('dash.chart.mood'),
      desc: rows.length ? t('dash.chart.moodDesc', { weeks: rows.map(function (r) {
        return r.mean === null ? t('dash.chart.moodNone', { date: weekLong(r.week) })
          : t('dash.chart.moodWeek', { date: weekLong(r.week), mean: S.number(r.mean), count: r.count });
      }).join(t('listSeparator')) }) : t('dash.chart.notStarted'),
      empty: t('dash.chart.empty'), labels: rows.map(function (r) { return weekLabel(r.week); }),
      values: rows.map(function (r) { return r.mean; }), min: 1, max: 5, ticks: [1, 3, 5], tickLabel: String,
      tableLabel: t('dash.chart.table'), columns: [t('dash.col.week'), t('dash.col.mood'), t('dash.col.count')],
      rows: rows.map(function (r) { return [weekDate(r.week), r.mean === null ? '–' : S.number(r.mean), String(r.count)]; })
    });
  }

  function noteChoices(d, more) {
    var select = $('dash-note-learner');
    var chosen = select.value;
    if (!more) {
      select.textContent = '';
      select.appendChild(node('option', t('dash.chooseLearner'))).value = '';
    }
    (d.learners || []).forEach(function (l) {
      if (!select.querySelector('option[value="' + CSS.escape(l.learnerId) + '"]')) {
        select.appendChild(node('option', l.name)).value = l.learnerId;
      }
    });
    if (learnersById[chosen]) { select.value = chosen; }
  }

  /**
   * The chance of dropping out, as the card and the learner's panel both say it, or null. The score
   * stands still while a learner is silent (docs/early-warning.md): shown next to the missed
   * check-ins it would read as current, and low, so a silent learner is shown without it.
   */
  function scoreText(l) {
    return typeof l.score === 'number' && (!l.outcome || l.outcome === 'active') && !l.silentNow
      ? t('dash.score', { percent: S.percent(l.score * 100) }) : null;
  }

  /** The learner's panel: status and reasons, a mail link, check-ins, the team's notes, session notes. */
  function detail(learnerId) {
    var l = learnersById[learnerId];
    if (!l) {
      // Not on a page shown yet (a learner of the watch list, say): ask for that learner alone.
      S.call('GET', dashboardPath('learner=' + encodeURIComponent(learnerId))).then(function (r) {
        var found = r.ok && r.json.learners && r.json.learners[0];
        if (!found) { if (!r.ok) { failed(r); } return; }
        learnersById[learnerId] = found;
        noteChoices(r.json, true);
        detail(learnerId);
      });
      return;
    }
    shownLearner = learnerId;
    var panel = $('dash-detail');
    panel.hidden = false;
    $('dash-detail-title').textContent = l.name;
    // A help request waiting is said once, in the status line (S.standing), not again in the list.
    var standing = S.standing(l);
    // A silent learner the team was in touch with this week: said next to "silent now", as on the list.
    var contacted = (watched(learnerId) || {}).contacted || l.contacted;
    $('dash-detail-status').textContent = [standing.text].concat(contacted && l.status === 'silent' ? [contactedText(contacted)] : [],
      [progressText(l), joinedText(l), lastCheckInText(l), mentorText(l.mentor)].filter(Boolean)).join(' · ');
    var reasons = $('dash-detail-reasons');
    reasons.textContent = '';
    standing.reasons.forEach(function (r) { reasons.appendChild(node('li', S.reason(r))).setAttribute('data-code', r.code); });
    var score = scoreText(l);
    $('dash-detail-score').textContent = score || '';
    $('dash-detail-score').hidden = !score;
    var contact = $('dash-detail-contact');
    contact.textContent = '';
    if (l.email) {
      var a = contact.appendChild(node('a', t('dash.email', { name: l.name }), 'button-secondary'));
      a.href = 'mailto:' + encodeURIComponent(l.email).replace(/%40/g, '@');
      a.id = 'dash-detail-mail';
    }
    $('dash-note-learner').value = learnerId;
    history(l);
    notesCursor = null;
    $('dash-detail-notes').textContent = '';
    notes(learnerId);
    sessions(learnerId);
    // Focus alone scrolls a panel taller than a phone's screen to its middle: the LCM lands on the
    // learner's name instead, the top of the panel.
    panel.focus({ preventScroll: true });
    panel.scrollIntoView({ block: 'start' });
  }

  /** The dashboard does not carry check-ins one by one: the chart data does (per learner and week). */
  function history(l) {
    var rows = (current.charts.progress || []).filter(function (p) { return p.learnerId === l.learnerId; });
    var body = $('dash-detail-history').querySelector('tbody');
    body.textContent = '';
    var checkIns = l.checkIns || [];
    $('dash-detail-history-empty').hidden = checkIns.length > 0;
    $('dash-detail-history').hidden = checkIns.length === 0;
    // Each cell names its column (data-label): in a narrow box the table reflows to one block a row.
    var labels = ['dash.col.week', 'dash.col.progress', 'dash.col.mood', 'dash.col.hours', 'dash.col.help', 'dash.col.blockers',
      'dash.col.message']
      .map(function (k) { return t(k); });
    checkIns.forEach(function (c) {
      var tr = body.appendChild(node('tr'));
      [weekDate(c.week), S.percent(c.progress), String(c.mood), S.number(c.hoursSpent),
        c.needHelp ? t('dash.yes') : t('dash.no'), c.blockers || '', c.message || ''].forEach(function (text, i) {
        tr.appendChild(node('td', text)).setAttribute('data-label', labels[i]);
      });
    });
    var figure = $('dash-detail-chart');
    var ordered = checkIns.slice().reverse();
    figure.hidden = ordered.length === 0;
    if (ordered.length) {
      LcmCharts.line(figure, {
        title: t('dash.history'), desc: t('dash.chart.learnerDesc', { name: l.name, weeks: ordered.map(function (c) {
          return weekLong(c.week) + ' ' + S.percent(c.progress);
        }).join(t('listSeparator')) }),
        empty: t('dash.chart.empty'), labels: ordered.map(function (c) { return weekLabel(c.week); }),
        values: ordered.map(function (c) { return c.progress; }), min: 0, max: 100, ticks: [0, 50, 100],
        // No rows: the check-ins' table right below holds these figures, not folded under the chart again.
        tickLabel: function (v) { return S.percent(v); }
      });
    }
    return rows;
  }

  function thread(list, items, author) {
    items.forEach(function (n) {
      var li = list.appendChild(node('li', undefined, 'dash-note'));
      li.appendChild(node('p', n.text, 'dash-note-text'));
      var meta = author(n);
      li.appendChild(node('p', meta, 'dash-meta'));
    });
  }

  function notes(learnerId) {
    var more = $('dash-detail-notes-more');
    var query = '?limit=10' + (notesCursor ? '&cursor=' + encodeURIComponent(notesCursor) : '');
    return S.call('GET', cohortPath('/learners/' + encodeURIComponent(learnerId) + '/notes' + query)).then(function (r) {
      if (learnerId !== shownLearner || !r.ok) { return; }
      var list = $('dash-detail-notes');
      thread(list, r.json.notes, function (n) {
        var by = t('dash.noteBy', { author: n.authorName || n.authorEmail || t('dash.noteSomeone'), date: S.dateTime(n.createdAt) });
        return n.contact ? by + ' · ' + t('dash.noteContact') : by;
      });
      $('dash-detail-notes-empty').hidden = list.children.length > 0;
      notesCursor = r.json.next;
      more.hidden = !notesCursor;
    });
  }

  function sessions(learnerId) {
    var list = $('dash-detail-sessions');
    list.textContent = '';
    $('dash-detail-sessions-box').hidden = true;
    return S.call('GET', cohortPath('/learners/' + encodeURIComponent(learnerId) + '/sessions')).then(function (r) {
      if (learnerId !== shownLearner) { return; }
      var items = r.ok && r.json ? r.json.sessions || [] : [];
      // Signed like the team's notes: the learner may have had more than one mentor.
      thread(list, items, function (n) {
        return n.mentorName ? t('dash.noteBy', { author: n.mentorName, date: long(n.date) }) : long(n.date);
      });
      $('dash-detail-sessions-box').hidden = items.length === 0;
    }).then(function () { return reports(learnerId); });
  }

  /**
   * The learner's plan and 1:1 reports (the mentor's or the team's), then the form that files a
   * report and changes the plan, as the mentor page's (report-form.js): half a cohort may have no
   * mentor, and the team adjusts their plans here.
   */
  function reports(learnerId) {
    var list = $('dash-detail-reports');
    if (!list || !window.LcmPlans) { return null; }
    list.textContent = '';
    var box = $('dash-detail-report-form');
    box.textContent = '';
    return S.call('GET', cohortPath('/learners/' + encodeURIComponent(learnerId) + '/plan')).then(function (r) {
      if (learnerId !== shownLearner) { return; }
      var folder = r.ok && r.json ? r.json : { reports: [], versions: [], plan: null };
      showFolder(folder);
      var l = learnersById[learnerId];
      if (r.ok && l && window.LcmReportForm) {
        box.appendChild(LcmReportForm.panel({ name: l.name, language: l.language, pathId: folder.pathId }, 0,
          cohortPath('/learners/' + encodeURIComponent(learnerId)), { id: 'dash-report', past: false, noMentor: !l.mentor,
            lastMeeting: folder.lastMeeting, nextMeeting: folder.nextMeeting, latestDate: folder.latestDate, oneToOne: folder.oneToOne,
            saved: function (f) { if (learnerId === shownLearner) { showFolder(f); } } }));
      }
    });
  }

  function showFolder(folder) {
    showPlan(folder.plan);
    var list = $('dash-detail-reports');
    list.textContent = '';
    var P = window.LcmPlans;
    folder.reports.forEach(function (rep) {
      var li = list.appendChild(node('li', undefined, 'dash-note'));
      if (rep.notes) { li.appendChild(node('p', rep.notes, 'dash-note-text')); }
      var plan = folder.versions.filter(function (v) { return v.version === rep.planVersion; })[0];
      if (plan) { li.appendChild(node('p', t('plans.dash.planChange', { hours: plan.weeklyHours, date: long(plan.endDate) }), 'dash-note-text')); }
      li.appendChild(node('p', P.reported(rep), 'dash-meta'));
    });
    $('dash-detail-reports-empty').hidden = folder.reports.length > 0;
  }

  /** The current plan in words: hours, end, who last changed it and when, the objectives. */
  function showPlan(plan) {
    var words = $('dash-detail-plan');
    var list = $('dash-detail-objectives');
    words.textContent = '';
    list.textContent = '';
    if (!plan) { return; }
    var facts = [t(plan.changedBy === 'path' ? 'plans.dash.planPath' : 'plans.dash.planNow',
      { hours: plan.weeklyHours, date: long(plan.endDate) })];
    facts.push(plan.version === 0 ? t('plans.dash.planStart')
      : t(plan.changedBy === 'lcm' ? 'plans.dash.planChangedLcm' : 'plans.dash.planChangedMentor', { date: long(plan.changedAt.slice(0, 10)) }));
    if (!plan.objectives.length) { facts.push(t('plans.dash.noObjective')); }
    words.textContent = facts.join(' ');
    list.hidden = !plan.objectives.length;
    plan.objectives.forEach(function (o) {
      var li = list.appendChild(node('li', undefined, 'plan-objective plan-' + o.status));
      li.appendChild(node('span', window.LcmPlans.status(o.status), 'pill'));
      li.appendChild(document.createTextNode(' ' + t('plans.plan.objective', { description: o.description, date: long(o.targetDate) })));
    });
  }

  function show(cohortId) {
    state.textContent = t('staff.loading');
    return S.call('GET', '/api/cohorts/' + encodeURIComponent(cohortId) + '/dashboard?limit=' + PAGE).then(function (r) {
      if (!r.ok) { failed(r); return; }
      var d = r.json;
      current = d;
      cohortStart = startOf[d.cohortId] || null;
      $('dash-title').textContent = d.title;
      $('dash-figures-at').textContent = t('dash.figuresAt', { time: S.dateTimeNamed(d.figuresAt) });
      kpis(d);
      everyone(d);
      riskList(d);
      withoutMentor(d);
      progressChart(d.charts.progress);
      rateChart(d.charts.checkInRate, d);
      moodChart(d.charts.mood);
      noteChoices(d);
      // No learner, no rows: the export would be a file of headings, so it is not offered.
      $('dash-csv').parentNode.hidden = !(d.learners || []).length;
      $('dash-csv-state').textContent = '';
      $('dash-body').hidden = false;
      // The line under the cohort list names the cohort shown: said once, not here too.
      state.textContent = '';
      // team.js shows this cohort's LCM team and its invitations.
      document.dispatchEvent(new CustomEvent('lcm:cohort', { detail: { cohortId: d.cohortId } }));
      if (shownLearner && learnersById[shownLearner]) { detail(shownLearner); } else { $('dash-detail').hidden = true; }
      S.cohortInAddress(cohortId);
    });
  }

  // The words at a chosen moment: the browser test cannot wait for the hours when time zones' weeks part.
  window.LcmDashboard = { progressText: progressText };

  $('dash-learners-more').addEventListener('click', moreLearners);
  $('dash-detail-notes-more').addEventListener('click', function () { if (shownLearner) { notes(shownLearner); } });

  $('dash-csv').addEventListener('click', function () {
    if (!current) { return; }
    var out = $('dash-csv-state');
    out.textContent = t('dash.csvBusy');
    // The server writes the reader's file, in their language and named after the cohort.
    S.download(cohortPath('/export.csv?lang=' + S.lang)).then(function (status) {
      out.textContent = status === 200 ? t('dash.csvDone') : t('dash.csvFailed');
    });
  });

  $('dash-note').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = event.target;
    var out = $('dash-note-state');
    var button = form.querySelector('button[type=submit]');
    var learnerId = form.learnerId.value;
    S.clearErrors(form);
    out.textContent = '';
    var missing = {};
    if (!learnerId) { missing.learnerId = t('dash.noteErr.learnerId'); }
    // Characters as the API counts them (code points, data-max-chars, as the sign-up and check-in
    // forms count theirs): a longer note is refused whole, with its length, never cut.
    var chars = Array.from(form.text.value.trim()).length;
    var max = Number(form.text.getAttribute('data-max-chars'));
    if (!chars) { missing.text = t('dash.noteErr.text'); }
    else if (chars > max) { missing.text = t('dash.noteErr.tooLong', { max: S.number(max), count: S.number(chars) }); }
    if (Object.keys(missing).length) { S.showErrors(form, missing); return; }
    button.disabled = true;
    S.call('POST', cohortPath('/learners/' + encodeURIComponent(learnerId) + '/notes'),
      { text: form.text.value, contact: form.contact.checked }).then(function (r) {
      if (!r.ok) {
        var fields = r.status === 400 && r.json && r.json.error && r.json.error.fields;
        if (fields) {
          var words = {};
          var params = r.json.error.params || {};
          Object.keys(fields).forEach(function (k) {
            words[k] = params[k] === 'too-long'
              ? t('dash.noteErr.tooLong', { max: S.number(Number(form.text.getAttribute('data-max-chars'))),
                count: S.number(Array.from(form.text.value.trim()).length) })
              : S.has('dash.noteErr.' + k) ? t('dash.noteErr.' + k) : fields[k];
          });
          S.showErrors(form, words);
        }
        out.textContent = t('dash.noteFailed');
        return null;
      }
      form.text.value = '';
      form.contact.checked = false;
      shownLearner = learnerId;
      return show(current.cohortId).then(function () { out.textContent = t('dash.noteSaved'); });
    }).then(function () { button.disabled = false; });
  });

  // Choosing a cohort opens it: no extra button to press.
  $('dash-cohort').addEventListener('change', function () {
    shownLearner = null;
    show($('dash-cohort').value).then(function () { $('dash-title').focus(); });
  });
  $('dash-pick').addEventListener('submit', function (event) { event.preventDefault(); });

  if (!S.user() || !S.allowed()) {
    state.textContent = '';
    return;
  }
  // Said by the script, so that a page without JavaScript never reads "Loading…" for ever.
  state.textContent = t('staff.loading');
  S.call('GET', '/api/cohorts/mine').then(function (r) {
    if (!r.ok) { failed(r); return; }
    var cohorts = r.json.cohorts || [];
    if (!cohorts.length) { state.textContent = ''; $('dash-none').hidden = false; return; }
    var select = $('dash-cohort');
    cohorts.forEach(function (c) { startOf[c.cohortId] = c.startDate; });
    // A cohort asked for in the address that is not the reader's: said, never a silent swap.
    var notMine = S.cohortChoice(select, cohorts);
    $('dash-pick').hidden = false;
    show(select.value).then(function () {
      // Why another cohort is shown; which one, the line under the list says.
      if (notMine && current) { state.textContent = t('dash.notYours'); }
    });
  });
}());
