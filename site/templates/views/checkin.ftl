<#ftl output_format="HTML">
<#-- The weekly check-in of a learner: POST /api/checkins, with the personal key from the
     confirmation email (hub.js sends it as a Bearer token and fills it from ?key= in the link). -->
<#assign c = {
  "en": {"key": "Your personal key", "keyHint": "It is in the link of your confirmation email. Opening that link fills it in for you.",
         "week": "Week (optional)", "weekHint": "Leave empty for the current week.",
         "progress": "How far along the path are you, in percent?", "hours": "Hours spent on the path this week",
         "mood": "How do you feel about the path this week?", "mood1": "1, struggling", "mood2": "2, not great", "mood3": "3, okay", "mood4": "4, good", "mood5": "5, great",
         "blockers": "What is blocking you, if anything?", "needHelp": "I would like my LCM to contact me",
         "message": "Anything else for your LCM?", "submit": "Send my check-in", "done": "Thank you: your check-in is saved. Your LCM reads every one of them."},
  "fr": {"key": "Votre clé personnelle", "keyHint": "Elle figure dans le lien de votre e-mail de confirmation. Ouvrir ce lien la remplit pour vous.",
         "week": "Semaine (facultatif)", "weekHint": "Laissez vide pour la semaine en cours.",
         "progress": "Où en êtes-vous du parcours, en pourcentage ?", "hours": "Heures passées sur le parcours cette semaine",
         "mood": "Comment vivez-vous le parcours cette semaine ?", "mood1": "1, difficile", "mood2": "2, pas terrible", "mood3": "3, correct", "mood4": "4, bien", "mood5": "5, très bien",
         "blockers": "Qu'est-ce qui vous bloque, le cas échéant ?", "needHelp": "Je souhaite que mon LCM me contacte",
         "message": "Autre chose pour votre LCM ?", "submit": "Envoyer mon point d'étape", "done": "Merci : votre point d'étape est enregistré. Votre LCM les lit tous."}
}[lang]>
<div class="prose">${content.body?no_esc}</div>
<form class="api-form checkin-form" method="post" action="/api/checkins" novalidate data-key-field="key"
      data-lang="${lang}" data-sending="${l.t(lang, "sending")}"
      data-error-network="${l.t(lang, "errorNetwork")}" data-error-generic="${l.t(lang, "errorGeneric")}">
  <@l.formPlumbing lang=lang/>
  <div class="field">
    <label for="checkin-key">${c.key}</label>
    <input id="checkin-key" name="key" type="password" autocomplete="off" required aria-describedby="checkin-key-hint" data-error="${l.t(lang, "err_key")}">
    <p class="hint" id="checkin-key-hint">${c.keyHint}</p>
  </div>
  <div class="field">
    <label for="checkin-week">${c.week}</label>
    <input id="checkin-week" name="week" type="week" aria-describedby="checkin-week-hint" data-error="${l.t(lang, "err_week")}">
    <p class="hint" id="checkin-week-hint">${c.weekHint}</p>
  </div>
  <div class="field">
    <label for="checkin-progress">${c.progress}</label>
    <input id="checkin-progress" name="progress" type="number" min="0" max="100" step="1" inputmode="numeric" required data-error="${l.t(lang, "err_progress")}">
  </div>
  <div class="field">
    <label for="checkin-hours">${c.hours}</label>
    <input id="checkin-hours" name="hoursSpent" type="number" min="0" max="168" step="0.5" inputmode="decimal" required data-error="${l.t(lang, "err_hoursSpent")}">
  </div>
  <fieldset class="field mood" id="checkin-mood" data-error="${l.t(lang, "err_mood")}">
    <legend>${c.mood}</legend>
    <#list 1..5 as m>
    <span class="choice"><input id="checkin-mood-${m}" name="mood" type="radio" value="${m}" required><label for="checkin-mood-${m}">${c["mood" + m]}</label></span>
    </#list>
  </fieldset>
  <div class="field">
    <label for="checkin-blockers">${c.blockers}</label>
    <textarea id="checkin-blockers" name="blockers" rows="3" maxlength="2000"></textarea>
  </div>
  <div class="field consent">
    <input id="checkin-help" name="needHelp" type="checkbox" value="true">
    <label for="checkin-help">${c.needHelp}</label>
  </div>
  <div class="field">
    <label for="checkin-message">${c.message}</label>
    <textarea id="checkin-message" name="message" rows="3" maxlength="2000"></textarea>
  </div>
  <button type="submit">${c.submit}</button>
  <div class="form-success" role="status" tabindex="-1" hidden>${c.done}</div>
</form>
