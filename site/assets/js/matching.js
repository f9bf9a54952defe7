// The LCM's matching review: pick a cohort, compute a draft (POST .../matching with the pins and
// exclusions chosen so far), read each pair's score and reasons, then publish the draft.
(function () {
  'use strict';
  var S = window.LcmStaff;
  var el = S.el;
  var cohortForm = document.getElementById('matching-cohort');
  var select = document.getElementById('matching-cohort-id');
  var status = document.getElementById('matching-status');
  var draftBox = document.getElementById('matching-draft');
  var result = document.getElementById('matching-result');
  var publishButton = document.getElementById('matching-publish');
  // The page's words by <html lang>; the reasons come from the API in the cohort's language.
  var TEXT = {
    en: {
      skipped: {
        'mentor-full-or-paused': 'the mentor has no place left or paused new matches',
        'already-matched': 'the learner has a mentor already',
        'not-enrolled': 'the learner is no longer enrolled'
      },
      with: ' with ', pinned: 'Pinned: ', excluded: 'Excluded: ', undo: 'Undo', undoLabel: 'Undo: ', pin: 'Pin', exclude: 'Exclude',
      fit: function (score, pinned) { return 'Fit ' + score + ' / 100' + (pinned ? ', pinned' : ''); },
      summary: function (pairs, left, until) {
        return pairs + ' pair(s) proposed, ' + left + ' learner(s) left without a mentor. The draft can be published until '
          + until + '.';
      },
      noPair: 'No pair to propose.', publish: function (n) { return 'Publish ' + n + ' pair(s)'; },
      computing: 'Computing…', computed: 'Draft computed.', expired: 'Your sign-in has expired; sign in again.',
      notComputed: function (code) { return 'The draft could not be computed (' + code + ').'; },
      notPublished: function (code) { return 'Publishing failed (' + code + ').'; },
      published: function (n) { return n + ' pair(s) published; both sides have been mailed.'; },
      skippedPair: function (pair, why) { return 'Not published: ' + pair + ', because ' + why + '.'; },
      done: 'This draft is published. Compute a new one for the learners still without a mentor.',
      noCohort: 'You are not on the team of any cohort yet.', unreadable: 'Your cohorts could not be read.',
      cohort: function (c) { return c.title + ' (' + c.language + ', from ' + c.startDate + ')'; }
    },
    fr: {
      skipped: {
        'mentor-full-or-paused': 'le mentor n\'a plus de place ou a suspendu les nouveaux appariements',
        'already-matched': 'l\'apprenant a déjà un mentor',
        'not-enrolled': 'l\'apprenant n\'est plus inscrit'
      },
      with: ' avec ', pinned: 'Imposé : ', excluded: 'Exclu : ', undo: 'Annuler', undoLabel: 'Annuler : ', pin: 'Imposer', exclude: 'Exclure',
      fit: function (score, pinned) { return 'Adéquation ' + score + ' / 100' + (pinned ? ', imposé' : ''); },
      summary: function (pairs, left, until) {
        return pairs + ' binôme(s) proposé(s), ' + left + ' apprenant(s) restent sans mentor. Le brouillon peut être publié'
          + ' jusqu\'au ' + until + '.';
      },
      noPair: 'Aucun binôme à proposer.', publish: function (n) { return 'Publier ' + n + ' binôme(s)'; },
      computing: 'Calcul en cours…', computed: 'Brouillon calculé.', expired: 'Votre connexion a expiré ; reconnectez-vous.',
      notComputed: function (code) { return 'Le brouillon n\'a pas pu être calculé (' + code + ').'; },
      notPublished: function (code) { return 'La publication a échoué (' + code + ').'; },
      published: function (n) { return n + ' binôme(s) publié(s) ; les deux parties ont reçu un courriel.'; },
      skippedPair: function (pair, why) { return 'Non publié : ' + pair + ', car ' + why + '.'; },
      done: 'Ce brouillon est publié. Calculez-en un nouveau pour les apprenants encore sans mentor.',
      noCohort: 'Vous ne faites encore partie de l\'équipe d\'aucune cohorte.', unreadable: 'Vos cohortes n\'ont pas pu être lues.',
      cohort: function (c) { return c.title + ' (' + c.language + ', à partir du ' + c.startDate + ')'; }
    }
  };
  var lang = document.documentElement.lang === 'fr' ? 'fr' : 'en';
  var T = TEXT[lang];
  var names = {};
  var pins = [];
  var exclusions = [];
  var draft = null;

  function name(id) { return names[id] || id; }
  function pairName(p) { return name(p.learnerId) + T.with + name(p.mentorId); }
  function same(a, b) { return a.learnerId === b.learnerId && a.mentorId === b.mentorId; }
  function without(list, pair) { return list.filter(function (p) { return !same(p, pair); }); }

  function reasons(list) {
    var ul = el('ul', { 'class': 'reasons' });
    (list || []).forEach(function (r) { ul.appendChild(el('li', {}, r)); });
    return ul;
  }

  function button(text, label, onClick) {
    var b = el('button', { type: 'button', 'class': 'button-secondary', 'aria-label': label }, text);
    b.addEventListener('click', onClick);
    return b;
  }

  function choose(kind, pair) {
    var p = { learnerId: pair.learnerId, mentorId: pair.mentorId };
    pins = without(pins, p);
    exclusions = without(exclusions, p);
    (kind === 'pin' ? pins : exclusions).push(p);
    showChoices();
    document.getElementById('matching-recompute').focus();
  }

  function showChoices() {
    var list = document.getElementById('matching-choice-list');
    list.textContent = '';
    pins.concat(exclusions).forEach(function (p) {
      var pinned = pins.indexOf(p) >= 0;
      var text = (pinned ? T.pinned : T.excluded) + pairName(p);
      var li = el('li', {}, text + ' ');
      li.appendChild(button(T.undo, T.undoLabel + text, function () {
        pins = without(pins, p);
        exclusions = without(exclusions, p);
        showChoices();
      }));
      list.appendChild(li);
    });
    document.getElementById('matching-choices').hidden = !pins.length && !exclusions.length;
  }

  function pairCard(m, published) {
    var li = el('li', { 'class': 'staff-card' });
    var title = pairName(m);
    li.appendChild(el('h4', {}, title));
    li.appendChild(el('p', { 'class': 'score' }, T.fit(m.score, m.pinned)));
    li.appendChild(reasons(m.reasons));
    if (!published) {
      var actions = el('p', { 'class': 'staff-actions' });
      actions.appendChild(button(T.pin, T.pin + ' ' + title, function () { choose('pin', m); }));
      actions.appendChild(button(T.exclude, T.exclude + ' ' + title, function () { choose('exclude', m); }));
      li.appendChild(actions);
    }
    return li;
  }

  function fill(listId, boxId, items, card) {
    var list = document.getElementById(listId);
    list.textContent = '';
    items.forEach(function (i) { list.appendChild(card(i)); });
    if (boxId) { document.getElementById(boxId).hidden = !items.length; }
  }

  function showDraft(d) {
    draft = d;
    Object.keys(d.names || {}).forEach(function (k) { names[k] = d.names[k]; });
    var matches = d.matches || [];
    var unmatched = d.unmatched || [];
    document.getElementById('matching-summary').textContent = T.summary(matches.length, unmatched.length,
      new Date(d.expiresAt).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB'));
    fill('matching-pairs', null, matches, function (m) { return pairCard(m, false); });
    if (!matches.length) {
      document.getElementById('matching-pairs').appendChild(el('li', { 'class': 'empty' }, T.noPair));
    }
    fill('matching-unmatched', 'matching-unmatched-box', unmatched, function (u) {
      var li = el('li', { 'class': 'staff-card' });
      li.appendChild(el('h4', {}, name(u.learnerId)));
      li.appendChild(reasons(u.reasons));
      return li;
    });
    fill('matching-refused', 'matching-refused-box', d.refusedPins || [], function (r) {
      var li = el('li', { 'class': 'staff-card' });
      li.appendChild(el('h4', {}, pairName(r)));
      li.appendChild(reasons(r.reasons));
      return li;
    });
    publishButton.hidden = !matches.length;
    publishButton.textContent = T.publish(matches.length);
    result.hidden = true;
    draftBox.hidden = false;
  }

  function compute() {
    var cohortId = select.value;
    if (!cohortId) { return; }
    S.say(status, T.computing);
    S.call('POST', '/api/cohorts/' + encodeURIComponent(cohortId) + '/matching',
      { pins: pins, exclusions: exclusions }).then(function (r) {
      if (r.status === 201) {
        S.say(status, T.computed);
        r.json.cohortId = cohortId;
        showDraft(r.json);
        document.getElementById('matching-draft-title').focus();
      } else if (r.status === 401) {
        S.say(status, T.expired, 'error');
      } else {
        S.say(status, S.message(r, T.notComputed(r.status)), 'error');
      }
    });
  }

  function publish() {
    if (!draft) { return; }
    publishButton.disabled = true;
    S.call('POST', '/api/cohorts/' + encodeURIComponent(draft.cohortId) + '/matching/'
      + encodeURIComponent(draft.draftId) + '/publish').then(function (r) {
      publishButton.disabled = false;
      result.textContent = '';
      result.hidden = false;
      if (!r.ok) {
        result.className = 'form-errors';
        result.appendChild(el('p', {}, S.message(r, T.notPublished(r.status))));
        result.focus();
        return;
      }
      result.className = 'form-success';
      var published = r.json.published || [];
      var skipped = r.json.skipped || [];
      result.appendChild(el('p', {}, T.published(published.length)));
      var ul = el('ul', { 'class': 'staff-list' });
      published.forEach(function (p) { ul.appendChild(el('li', {}, pairName(p))); });
      skipped.forEach(function (s) {
        ul.appendChild(el('li', {}, T.skippedPair(pairName(s), T.skipped[s.reason] || s.reason)));
      });
      result.appendChild(ul);
      publishButton.hidden = true;
      S.say(status, '');
      document.getElementById('matching-summary').textContent = T.done;
      pins = [];
      exclusions = [];
      showChoices();
      fill('matching-pairs', null, draft.matches || [], function (m) { return pairCard(m, true); });
      draft = null;
      result.focus();
    });
  }

  function loadCohorts() {
    S.call('GET', '/api/cohorts/mine').then(function (r) {
      cohortForm.hidden = false;
      if (r.status === 401 || r.status === 403) {
        cohortForm.hidden = true;
        document.getElementById('matching-signin').hidden = false;
        return;
      }
      var cohorts = (r.json && r.json.cohorts) || [];
      if (!r.ok || !cohorts.length) {
        S.say(status, r.ok ? T.noCohort : S.message(r, T.unreadable),
          r.ok ? undefined : 'error');
        document.getElementById('matching-compute').disabled = true;
        return;
      }
      cohorts.forEach(function (c) {
        select.appendChild(el('option', { value: c.cohortId }, T.cohort(c)));
      });
    });
  }

  if (!S.token()) {
    document.getElementById('matching-signin').hidden = false;
    return;
  }
  document.getElementById('matching-draft-title').setAttribute('tabindex', '-1');
  cohortForm.addEventListener('submit', function (e) {
    e.preventDefault();
    pins = [];
    exclusions = [];
    showChoices();
    compute();
  });
  // Another cohort: the draft, pins and exclusions on screen belong to the previous one.
  select.addEventListener('change', function () {
    draftBox.hidden = true;
    draft = null;
    pins = [];
    exclusions = [];
    showChoices();
    S.say(status, '');
  });
  document.getElementById('matching-recompute').addEventListener('click', compute);
  publishButton.addEventListener('click', publish);
  loadCohorts();
}());
