<#ftl output_format="HTML">
<#-- The mentor's own profile: PUT /api/mentors/me as JSON. Mentors are signed in, so this form
     needs JavaScript (hub.js sends it with the session); the page says so when it is off. -->
<#assign c = {
  "en": {"needs": "Editing your mentor profile needs JavaScript and a mentor sign-in. Turn JavaScript on, sign in, then come back to this page.",
         "name": "Your name", "paths": "Course paths you can mentor", "skills": "Your skills", "skillsHint": "Separated by commas, for example Python, spreadsheets, public speaking.",
         "languages": "Languages you mentor in", "capacity": "How many mentees can you take?", "availability": "When are you available each week?",
         "day": "Day", "from": "From", "to": "To", "slot": "Slot", "paused": "Pause new matches for now", "submit": "Save my profile",
         "done": "Your profile is saved.", "signin": "Please sign in as a mentor first.",
         "days": {"": "—", "mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday", "fri": "Friday", "sat": "Saturday", "sun": "Sunday"}},
  "fr": {"needs": "Modifier votre profil de mentor demande JavaScript et une connexion de mentor. Activez JavaScript, connectez-vous, puis revenez sur cette page.",
         "name": "Votre nom", "paths": "Parcours que vous pouvez accompagner", "skills": "Vos compétences", "skillsHint": "Séparées par des virgules, par exemple Python, tableurs, prise de parole.",
         "languages": "Langues dans lesquelles vous accompagnez", "capacity": "Combien de mentorés pouvez-vous suivre ?", "availability": "Quand êtes-vous disponible chaque semaine ?",
         "day": "Jour", "from": "De", "to": "À", "slot": "Créneau", "paused": "Suspendre les nouvelles attributions pour l'instant", "submit": "Enregistrer mon profil",
         "done": "Votre profil est enregistré.", "signin": "Merci de vous connecter d'abord en tant que mentor.",
         "days": {"": "—", "mon": "Lundi", "tue": "Mardi", "wed": "Mercredi", "thu": "Jeudi", "fri": "Vendredi", "sat": "Samedi", "sun": "Dimanche"}}
}[lang]>
<div class="prose">${content.body?no_esc}</div>
<p class="notice" data-no-js>${c.needs}</p>
<form class="api-form mentor-form" method="post" action="/api/mentors/me" novalidate hidden
      data-needs-js data-method="PUT" data-load="/api/mentors/me" data-error-401="${c.signin}"
      data-lang="${lang}" data-sending="${l.t(lang, "sending")}"
      data-error-network="${l.t(lang, "errorNetwork")}" data-error-generic="${l.t(lang, "errorGeneric")}">
  <@l.formPlumbing lang=lang/>
  <div class="field">
    <label for="mentor-name">${c.name}</label>
    <input id="mentor-name" name="name" type="text" autocomplete="name" maxlength="100" required data-error="${l.t(lang, "err_name")}">
  </div>
  <fieldset class="field" id="mentor-paths" data-json="list" data-name="paths">
    <legend>${c.paths}</legend>
    <#list (published_paths![])?filter(p -> l.langOf(p) == lang)?sort_by("title") as p>
    <span class="choice"><input id="mentor-path-${p?index}" name="paths" type="checkbox" value="${(p.pathId!l.slugOf(p))?trim}"><label for="mentor-path-${p?index}">${p.title}</label></span>
    </#list>
  </fieldset>
  <div class="field">
    <label for="mentor-skills">${c.skills}</label>
    <input id="mentor-skills" name="skills" type="text" data-json="csv" aria-describedby="mentor-skills-hint">
    <p class="hint" id="mentor-skills-hint">${c.skillsHint}</p>
  </div>
  <fieldset class="field" id="mentor-languages" data-json="list" data-name="languages">
    <legend>${c.languages}</legend>
    <#list l.languages as code>
    <span class="choice"><input id="mentor-lang-${code}" name="languages" type="checkbox" value="${code}"><label for="mentor-lang-${code}" lang="${code}">${l.t(code, "languageName")}</label></span>
    </#list>
  </fieldset>
  <div class="field">
    <label for="mentor-timezone">${l.t(lang, "signupTimezone")}</label>
    <input id="mentor-timezone" name="timezone" type="text" maxlength="64" required data-guess-timezone data-error="${l.t(lang, "err_timezone")}">
  </div>
  <div class="field">
    <label for="mentor-capacity">${c.capacity}</label>
    <input id="mentor-capacity" name="capacity" type="number" min="1" max="30" step="1" required data-json="int" data-error="${l.t(lang, "err_capacity")}">
  </div>
  <fieldset class="field availability" id="mentor-availability" data-name="availability">
    <legend>${c.availability}</legend>
    <#list 1..3 as n>
    <div class="slot" data-availability-row>
      <span class="slot-name">${c.slot} ${n}</span>
      <label for="mentor-day-${n}">${c.day}</label>
      <select id="mentor-day-${n}" data-part="day"><#list c.days?keys as d><option value="${d}">${c.days[d]}</option></#list></select>
      <label for="mentor-from-${n}">${c.from}</label>
      <input id="mentor-from-${n}" type="time" data-part="from">
      <label for="mentor-to-${n}">${c.to}</label>
      <input id="mentor-to-${n}" type="time" data-part="to">
    </div>
    </#list>
  </fieldset>
  <div class="field consent">
    <input id="mentor-paused" name="paused" type="checkbox" value="true">
    <label for="mentor-paused">${c.paused}</label>
  </div>
  <button type="submit">${c.submit}</button>
  <div class="form-success" role="status" tabindex="-1" hidden>${c.done}</div>
</form>
