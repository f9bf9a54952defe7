// Personal plans and 1:1 reports in the reader's words, shared by the learner's page, the
// mentor's page and the dashboard: outcomes, statuses and answers from the catalogue
// (site/messages/plans.json), and recommended resources as links to the guides and path steps
// the page bakes in <template id="hub-resources"> (templates/resources.ftl).
'use strict';

(function () {
  function I() { return window.LcmI18n; }
  var cached = null;

  function catalogue() {
    if (cached) return cached;
    cached = { guides: [], paths: {} };
    var tpl = document.getElementById('hub-resources');
    if (!tpl) return cached;
    Array.prototype.forEach.call(tpl.content.querySelectorAll('[data-kind=guides] li'), function (li) {
      function words(name) { return (li.getAttribute(name) || '').split(' ').filter(Boolean); }
      cached.guides.push({ key: li.getAttribute('data-key'), href: li.getAttribute('data-href'), title: li.textContent.trim(),
        lang: li.getAttribute('lang'), langs: words('data-langs'), audience: li.getAttribute('data-audience') || 'lcm',
        paths: words('data-paths') });
    });
    Array.prototype.forEach.call(tpl.content.querySelectorAll('ol[data-path]'), function (ol) {
      cached.paths[ol.getAttribute('data-path')] = {
        href: ol.getAttribute('data-href'),
        steps: Array.prototype.map.call(ol.children, function (li) { return li.textContent.trim(); })
      };
    });
    return cached;
  }

  /** A recommended guide or step as {text, href}; href is null when this language lacks it. */
  function resource(r, pathId) {
    var c = catalogue();
    if (r.kind === 'guide') {
      var g = c.guides.filter(function (x) { return x.key === r.slug; })[0];
      return g ? { text: g.title, href: g.href } : null;
    }
    var path = c.paths[pathId];
    var title = path && path.steps[r.step - 1];
    return {
      text: title ? I().t('plans.report.step', { step: r.step, title: title }) : I().t('plans.report.stepOnly', { step: r.step }),
      // Each step of a baked path page has its anchor (templates/path.ftl): the link opens on that step.
      href: path ? path.href + '#step-' + r.step : null
    };
  }

  /** Who wrote a report, for the staff: "Alice Martin (LCM)"; an older report without a name, by its role. */
  function author(a) {
    var role = a && a.role === 'lcm' ? 'lcm' : 'mentor';
    return a && a.name ? I().t('plans.author.' + role, { name: a.name }) : I().t('plans.author.' + role + 'Unnamed');
  }

  /** A report as the staff list it: its date in full, how it went, the learner's answer (or that it was replaced), and who wrote it. */
  function reported(r) {
    // A report a later one on the same 1:1 replaced says so, even when the learner had confirmed it:
    // the learner now reads only the later one, whose answer is the one that counts.
    var said = r.replacedBy ? I().t('plans.answer.replaced') : answer(r.answer);
    return I().t('plans.dash.report', { date: r.date ? I().longDate(r.date) : '', outcome: outcome(r.outcome), answer: said })
      + ' · ' + I().t('plans.dash.by', { author: author(r.author) });
  }

  /**
   * What report {@code r} changed in the plan, one sentence a change: hours a week, end date,
   * objectives added, changed or gone. The server works the list out (PlanChange, against the
   * version before, the sign-up's for the first saved) and words the plan mails from the same list;
   * the page only words it. [] when it changed nothing.
   */
  function planChanges(r, folder) {
    var versions = (folder && folder.versions) || [];
    var now = r.planVersion ? versions.filter(function (v) { return v.version === r.planVersion; })[0] : null;
    var i = I();
    return ((now && now.changes) || []).map(function (c) {
      var words = {
        // Read by the learner on My page, one day in a sentence: in full, as the page's other dates.
        from: c.code === 'end' ? i.longDate(c.from) : c.from, to: c.code === 'end' ? i.longDate(c.to) : c.to,
        description: c.description, date: c.date ? i.longDate(c.date) : '', status: c.status ? status(c.status) : ''
      };
      return i.t('plans.change.' + c.code, words);
    });
  }

  /** The learner's question under a report, naming who wrote it: their mentor or someone of the LCM team. */
  function question(a) {
    var lcm = !!a && a.role === 'lcm';
    if (a && a.name) return I().t('plans.report.questionBy.' + (lcm ? 'lcm' : 'mentor'), { name: a.name });
    return I().t(lcm ? 'plans.report.questionTeam' : 'plans.report.question');
  }

  function outcome(code) { return I().t('plans.outcome.' + code); }
  function status(code) { return I().t('plans.status.' + code); }
  function answer(code) { return I().t(code ? 'plans.answer.' + code : 'plans.answer.none'); }

  window.LcmPlans = { catalogue: catalogue, resource: resource, outcome: outcome, status: status, answer: answer,
    author: author, question: question, reported: reported, planChanges: planChanges };
})();
