// The LCM dashboard page: the cohorts the signed-in LCM runs, then one cohort's figures, the
// learners to watch, who has no mentor and why, three charts (charts.js), notes and the CSV export.
// The staff ID token comes from LcmAuth (auth.js) and goes as a Bearer token.
(function () {
  'use strict';
  var TEXT = {
    en: {
      signIn: 'Sign in as an LCM first: ', signInLink: 'staff sign-in',
      loading: 'Loading…', failed: 'The dashboard could not be loaded', expired: 'Your sign-in has expired or is not an LCM\'s: ',
      none: 'You run no cohort yet.', pick: 'Choose a cohort and press Show.', shown: 'Showing ',
      kpis: [['enrolled', 'Enrolled'], ['active', 'Active'], ['dropoutRate', 'Dropout rate'], ['successRate', 'Success rate'],
        ['checkInRateThisWeek', 'Check-in rate this week'], ['averagePace', 'Average pace vs plan']],
      levels: { 'at-risk': 'At risk', watch: 'Watch' }, silentNow: 'Silent now: get in touch today',
      lastCheckIn: 'Last check-in: ', never: 'none yet', mentor: 'Mentor: ', noMentor: 'none',
      week: 'week ', progress: ' % done', weekShort: 'W',
      bins: ['30+ points behind', '15–29 behind', 'On plan (±15)', '15+ ahead'],
      progressTitle: 'Progress against the plan, learners per group',
      progressDesc: function (b, n) {
        return n + ' learners: ' + b[0] + ' 30 or more points behind the plan for their own week, ' + b[1]
          + ' 15 to 29 behind, ' + b[2] + ' on plan, ' + b[3] + ' 15 or more ahead.';
      },
      learners: function (n) { return n === 1 ? '1 learner' : n + ' learners'; },
      rateTitle: 'Weekly check-in rate', moodTitle: 'Mean mood per week (1 to 5)',
      rateDesc: function (rows) {
        return rows.length ? 'Share of expected learners who checked in, week by week: ' + rows.map(function (r) {
          return r.week + ' ' + (r.rate === null ? 'nobody expected' : pct(r.rate) + ' (' + r.submitted + ' of ' + r.expected + ')');
        }).join('; ') + '.' : 'No week of the cohort has started yet.';
      },
      moodDesc: function (rows) {
        return rows.length ? 'Mean mood of the week\'s check-ins: ' + rows.map(function (r) {
          return r.week + ' ' + (r.mean === null ? 'no check-in' : num(r.mean) + ' (' + r.count + ')');
        }).join('; ') + '.' : 'No week of the cohort has started yet.';
      },
      empty: 'Nothing to chart yet.', table: 'The figures as a table',
      colGroup: 'Group', colLearners: 'Learners', colWeek: 'Week', colRate: 'Rate', colSubmitted: 'Checked in',
      colExpected: 'Expected', colMood: 'Mean mood', colCount: 'Check-ins', dash: '–',
      csv: 'Downloading…', csvDone: 'Downloaded.', csvFailed: 'The export failed',
      noteSaved: 'Recorded. The dashboard is up to date.', noteFailed: 'The note was not recorded', chooseLearner: 'Choose a learner'
    },
    fr: {
      signIn: 'Connectez-vous d\'abord comme LCM : ', signInLink: 'connexion de l\'équipe',
      loading: 'Chargement…', failed: 'Le tableau de bord n\'a pas pu être chargé', expired: 'Votre connexion a expiré ou n\'est pas celle d\'un LCM : ',
      none: 'Vous n\'animez encore aucune cohorte.', pick: 'Choisissez une cohorte puis Afficher.', shown: 'Affichage : ',
      kpis: [['enrolled', 'Inscrits'], ['active', 'Actifs'], ['dropoutRate', 'Taux d\'abandon'], ['successRate', 'Taux de réussite'],
        ['checkInRateThisWeek', 'Points d\'étape cette semaine'], ['averagePace', 'Rythme moyen / plan']],
      levels: { 'at-risk': 'En danger', watch: 'À surveiller' }, silentNow: 'Silencieux en ce moment : à contacter aujourd\'hui',
      lastCheckIn: 'Dernier point d\'étape : ', never: 'aucun', mentor: 'Mentor : ', noMentor: 'aucun',
      week: 'semaine ', progress: ' % fait', weekShort: 'S',
      bins: ['30+ pts de retard', '15–29 de retard', 'Dans le plan (±15)', '15+ pts d\'avance'],
      progressTitle: 'Avancement par rapport au plan, apprenants par groupe',
      progressDesc: function (b, n) {
        return n + ' apprenants : ' + b[0] + ' à 30 points ou plus de retard sur le plan de leur propre semaine, ' + b[1]
          + ' entre 15 et 29 de retard, ' + b[2] + ' dans le plan, ' + b[3] + ' à 15 points ou plus d\'avance.';
      },
      learners: function (n) { return n <= 1 ? n + ' apprenant' : n + ' apprenants'; },
      rateTitle: 'Taux de points d\'étape par semaine', moodTitle: 'Humeur moyenne par semaine (1 à 5)',
      rateDesc: function (rows) {
        return rows.length ? 'Part des apprenants attendus qui ont fait leur point, semaine par semaine : ' + rows.map(function (r) {
          return r.week + ' ' + (r.rate === null ? 'personne d\'attendu' : pct(r.rate) + ' (' + r.submitted + ' sur ' + r.expected + ')');
        }).join(' ; ') + '.' : 'Aucune semaine de la cohorte n\'a commencé.';
      },
      moodDesc: function (rows) {
        return rows.length ? 'Humeur moyenne des points de la semaine : ' + rows.map(function (r) {
          return r.week + ' ' + (r.mean === null ? 'aucun point' : num(r.mean) + ' (' + r.count + ')');
        }).join(' ; ') + '.' : 'Aucune semaine de la cohorte n\'a commencé.';
      },
      empty: 'Rien à représenter pour l\'instant.', table: 'Les chiffres sous forme de tableau',
      colGroup: 'Groupe', colLearners: 'Apprenants', colWeek: 'Semaine', colRate: 'Taux', colSubmitted: 'Points faits',
      colExpected: 'Attendus', colMood: 'Humeur moyenne', colCount: 'Points', dash: '–',
      csv: 'Téléchargement…', csvDone: 'Téléchargé.', csvFailed: 'L\'export a échoué',
      noteSaved: 'Enregistré. Le tableau de bord est à jour.', noteFailed: 'La note n\'a pas été enregistrée', chooseLearner: 'Choisissez un apprenant'
    }
  };
  var lang = document.documentElement.lang === 'fr' ? 'fr' : 'en';
  var T = TEXT[lang];
  // Signed in in this tab? Each call asks LcmAuth (auth.js) for a fresh ID token.
  var token = window.LcmAuth.user();
  var $ = function (id) { return document.getElementById(id); };
  var state = $('dash-state');
  var current = null;

  function pct(v) { return Math.round(v * 100) + ' %'; }
  function num(v) { return v.toLocaleString(lang, { maximumFractionDigits: 1 }); }

  function node(name, text, cls) {
    var n = document.createElement(name);
    if (text !== undefined) { n.textContent = text; }
    if (cls) { n.className = cls; }
    return n;
  }

  function api(method, path, body) {
    return window.LcmAuth.token().then(function (id) {
      var headers = { Authorization: 'Bearer ' + id, Accept: 'application/json' };
      if (body) { headers['Content-Type'] = 'application/json'; }
      return fetch(path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined });
    })
      .then(function (r) {
        if (r.ok) { return r; }
        return r.json().catch(function () { return {}; }).then(function (e) {
          var err = new Error((e.error && e.error.message) || e.message || String(r.status));
          err.status = r.status;
          throw err;
        });
      });
  }

  function signInFirst(prefix) {
    state.textContent = prefix;
    var a = node('a', T.signInLink);
    a.href = (lang === 'fr' ? '/fr/connexion-equipe.html' : '/en/staff-sign-in.html') + '?return=' + location.pathname;
    state.appendChild(a);
  }

  function fail(prefix, e) {
    if (e.status === 401 || e.status === 403) { signInFirst(T.expired); } else { state.textContent = prefix + ' (' + e.message + ').'; }
  }

  function kpis(d) {
    var dl = $('dash-kpis');
    dl.textContent = '';
    T.kpis.forEach(function (k) {
      var v = d[k[0]];
      var box = node('div', undefined, 'dash-kpi');
      box.appendChild(node('dt', k[1]));
      box.appendChild(node('dd', v === null || v === undefined ? T.dash
        : /Rate|Pace/.test(k[0]) ? pct(v) : String(v)));
      dl.appendChild(box);
    });
  }

  function mentorText(m) { return T.mentor + (m ? (m.name || m.mentorId) : T.noMentor); }

  function riskList(d) {
    var ul = $('dash-risk');
    ul.textContent = '';
    $('dash-risk-empty').hidden = d.atRisk.length > 0;
    d.atRisk.forEach(function (l) {
      var li = node('li', undefined, 'dash-item');
      li.setAttribute('data-learner', l.learnerId);
      var head = li.appendChild(node('p', undefined, 'dash-item-head'));
      head.appendChild(node('strong', l.name));
      head.appendChild(document.createTextNode(' '));
      if (l.level !== 'ok') {
        head.appendChild(node('span', T.levels[l.level] || l.level, 'dash-level dash-level--' + l.level));
      }
      if (l.silentNow) {
        head.appendChild(document.createTextNode(' '));
        head.appendChild(node('span', T.silentNow, 'dash-level dash-level--silent'));
      }
      var reasons = li.appendChild(node('ul', undefined, 'dash-reasons'));
      l.reasons.forEach(function (r) {
        var item = reasons.appendChild(node('li', window.LcmRisk ? window.LcmRisk.reason(r) : r.text));
        item.setAttribute('data-code', r.code);
      });
      li.appendChild(node('p', T.week + l.week + ' · ' + l.progress + T.progress + ' · ' + T.lastCheckIn
        + (l.lastCheckInWeek || T.never) + ' · ' + mentorText(l.mentor), 'dash-meta'));
      ul.appendChild(li);
    });
  }

  function withoutMentor(d) {
    var ul = $('dash-alone');
    ul.textContent = '';
    $('dash-alone-empty').hidden = d.withoutMentor.length > 0;
    d.withoutMentor.forEach(function (l) {
      var li = node('li', undefined, 'dash-item');
      li.setAttribute('data-learner', l.learnerId);
      li.appendChild(node('p', undefined, 'dash-item-head')).appendChild(node('strong', l.name));
      var reasons = li.appendChild(node('ul', undefined, 'dash-reasons'));
      l.reasons.forEach(function (r) { reasons.appendChild(node('li', r.text)).setAttribute('data-code', r.code); });
      ul.appendChild(li);
    });
  }

  /** Learners bucketed by how far their best progress is from what the plan expects of their own week. */
  function progressChart(rows) {
    var bins = [0, 0, 0, 0];
    rows.forEach(function (p) {
      var gap = p.progress - p.expected;
      bins[gap <= -30 ? 0 : gap <= -15 ? 1 : gap < 15 ? 2 : 3] += 1;
    });
    if (!rows.length) {
      LcmCharts.bars($('chart-progress'), { title: T.progressTitle, desc: T.empty, labels: [], values: [],
        format: String, tableLabel: T.table, columns: [T.colGroup, T.colLearners], rows: [] });
      return;
    }
    LcmCharts.bars($('chart-progress'), {
      title: T.progressTitle, desc: T.progressDesc(bins, rows.length), labels: T.bins, values: bins,
      kinds: ['risk', 'watch', 'ok', 'ahead'], format: String, tableLabel: T.table,
      columns: [T.colGroup, T.colLearners], rows: T.bins.map(function (b, i) { return [b, T.learners(bins[i])]; })
    });
  }

  function shortWeek(w) { return T.weekShort + w.slice(-2); }

  function rateChart(rows) {
    LcmCharts.columns($('chart-rate'), {
      title: T.rateTitle, desc: T.rateDesc(rows), empty: T.empty, labels: rows.map(function (r) { return shortWeek(r.week); }),
      values: rows.map(function (r) { return r.rate; }), min: 0, max: 1, ticks: [0, 0.5, 1], tickLabel: pct,
      tableLabel: T.table, columns: [T.colWeek, T.colRate, T.colSubmitted, T.colExpected],
      rows: rows.map(function (r) { return [r.week, r.rate === null ? T.dash : pct(r.rate), String(r.submitted), String(r.expected)]; })
    });
  }

  function moodChart(rows) {
    LcmCharts.line($('chart-mood'), {
      title: T.moodTitle, desc: T.moodDesc(rows), empty: T.empty, labels: rows.map(function (r) { return shortWeek(r.week); }),
      values: rows.map(function (r) { return r.mean; }), min: 1, max: 5, ticks: [1, 3, 5], tickLabel: String,
      tableLabel: T.table, columns: [T.colWeek, T.colMood, T.colCount],
      rows: rows.map(function (r) { return [r.week, r.mean === null ? T.dash : num(r.mean), String(r.count)]; })
    });
  }

  /** Everyone the page names (to watch, or without a mentor) can get a note. */
  function noteChoices(d) {
    var select = $('dash-note-learner');
    var chosen = select.value;
    select.textContent = '';
    var first = select.appendChild(node('option', T.chooseLearner));
    first.value = '';
    var seen = {};
    d.atRisk.concat(d.withoutMentor).forEach(function (l) {
      if (seen[l.learnerId]) { return; }
      seen[l.learnerId] = true;
      var o = select.appendChild(node('option', l.name));
      o.value = l.learnerId;
    });
    if (seen[chosen]) { select.value = chosen; }
  }

  function show(cohortId) {
    state.textContent = T.loading;
    return api('GET', '/api/cohorts/' + encodeURIComponent(cohortId) + '/dashboard')
      .then(function (r) { return r.json(); })
      .then(function (d) {
        current = d;
        $('dash-title').textContent = d.title;
        kpis(d);
        riskList(d);
        withoutMentor(d);
        progressChart(d.charts.progress);
        rateChart(d.charts.checkInRate);
        moodChart(d.charts.mood);
        noteChoices(d);
        $('dash-body').hidden = false;
        state.textContent = T.shown + d.title + '.';
        // team.js shows this cohort's LCM team.
        document.dispatchEvent(new CustomEvent('lcm:cohort', { detail: { cohortId: d.cohortId } }));
      }, function (e) { fail(T.failed, e); });
  }

  function filename(r, fallback) {
    var m = /filename="([^"]+)"/.exec(r.headers.get('Content-Disposition') || '');
    return m ? m[1] : fallback;
  }

  $('dash-csv').addEventListener('click', function () {
    if (!current) { return; }
    var out = $('dash-csv-state');
    out.textContent = T.csv;
    api('GET', '/api/cohorts/' + encodeURIComponent(current.cohortId) + '/export.csv')
      .then(function (r) { return r.blob().then(function (b) { return { blob: b, name: filename(r, current.cohortId + '.csv') }; }); })
      .then(function (file) {
        var url = URL.createObjectURL(file.blob);
        var a = document.createElement('a');
        a.href = url;
        a.download = file.name;
        a.hidden = true;
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
        out.textContent = T.csvDone;
      }, function (e) { out.textContent = T.csvFailed + ' (' + e.message + ').'; });
  });

  $('dash-note').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = event.target;
    var out = $('dash-note-state');
    var button = form.querySelector('button[type=submit]');
    button.disabled = true;
    api('POST', '/api/cohorts/' + encodeURIComponent(current.cohortId) + '/learners/'
      + encodeURIComponent(form.learnerId.value) + '/notes', { text: form.text.value, contact: form.contact.checked })
      .then(function () {
        form.text.value = '';
        form.contact.checked = false;
        return show(current.cohortId).then(function () { out.textContent = T.noteSaved; });
      }, function (e) { out.textContent = T.noteFailed + ' (' + e.message + ').'; })
      .then(function () { button.disabled = false; });
  });

  $('dash-pick').addEventListener('submit', function (event) {
    event.preventDefault();
    show($('dash-cohort').value).then(function () { $('dash-title').focus(); });
  });

  if (!token) {
    signInFirst(T.signIn);
    return;
  }
  api('GET', '/api/cohorts/mine')
    .then(function (r) { return r.json(); })
    .then(function (answer) {
      var cohorts = answer.cohorts || [];
      if (!cohorts.length) { state.textContent = T.none; return; }
      var select = $('dash-cohort');
      cohorts.forEach(function (c) {
        var o = select.appendChild(node('option', c.title + ' (' + c.startDate + ')'));
        o.value = c.cohortId;
      });
      $('dash-pick').hidden = false;
      var wanted = new URLSearchParams(location.search).get('cohort');
      if (wanted && cohorts.some(function (c) { return c.cohortId === wanted; })) { select.value = wanted; }
      if (cohorts.length === 1 || wanted) { show(select.value); } else { state.textContent = T.pick; }
    }, function (e) { fail(T.failed, e); });
}());
