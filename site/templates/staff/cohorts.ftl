<#-- The LCM's cohorts (js/cohorts.js): create one, then change it, its sign-ups, team and thresholds. -->
<#-- Shown once someone is signed in: signed out, the page only asks them to sign in. -->
<section id="cohorts-mine-section" aria-labelledby="cohorts-mine-title" hidden>
  <h2 id="cohorts-mine-title">${s("cohorts.mine")}</h2>
  <#-- The form comes after every cohort's card: many cohorts push it thousands of pixels down.
       Shown once the cards are in (cohorts.js), so the form does not move after the jump. -->
  <p id="cohorts-to-create" hidden><a class="button-secondary" href="#cohorts-create-title">${s("cohorts.create")}</a></p>
  <p id="cohorts-state" role="status"></p>
  <ul id="cohorts-list" class="staff-cards"></ul>
  <#-- Asked before new dates are saved (they are mailed to the cohort's learners); cohorts.js moves
       it into the card whose form asks. -->
  <@l.confirmBox id="cohorts-confirm" yes=s("cohorts.datesYes") no=s("cohorts.datesNo") class="staff-panel staff-confirm"/>
</section>

<section id="cohorts-create-section" aria-labelledby="cohorts-create-title" hidden>
  <h2 id="cohorts-create-title" tabindex="-1">${s("cohorts.create")}</h2>
  <form id="cohorts-create" class="staff-panel" novalidate>
    <div class="field">
      <label for="create-path">${s("cohorts.path")}</label>
      <select id="create-path" name="pathId" required data-field="pathId">
        <option value="">${s("cohorts.choosePath")}</option>
        <#list l.docs("paths", lang)?sort_by("title") as p>
        <option value="${p.pathId!l.slugOf(p)}" data-weeks="${p.weeks!""}">${p.title!l.slugOf(p)}</option>
        </#list>
      </select>
    </div>
    <div class="field">
      <label for="create-language">${s("cohorts.language")}</label>
      <select id="create-language" name="language" required data-field="language">
        <option value="en"<#if lang == "en"> selected</#if>>${s("lang.en")}</option>
        <option value="fr"<#if lang == "fr"> selected</#if>>${s("lang.fr")}</option>
      </select>
    </div>
    <div class="field">
      <label for="create-title">${s("cohorts.titleField")}</label>
      <input id="create-title" name="title" type="text" maxlength="120" data-field="title" aria-describedby="create-title-hint">
      <p class="hint" id="create-title-hint">${s("cohorts.titleHint")}</p>
    </div>
    <div class="field">
      <label for="create-start">${s("cohorts.start")}</label>
      <input id="create-start" name="startDate" type="date" required data-field="startDate">
    </div>
    <div class="field">
      <label for="create-weeks">${s("cohorts.weeks")}</label>
      <input id="create-weeks" name="weeks" type="number" min="1" max="104" step="1" value="8" required data-field="weeks">
    </div>
    <div class="field">
      <label for="create-seats">${s("cohorts.seats")}</label>
      <input id="create-seats" name="seats" type="number" min="1" max="10000" step="1" value="25" required data-field="seats">
    </div>
    <p><button type="submit">${s("cohorts.submitCreate")}</button></p>
    <p id="cohorts-create-status" class="staff-status" role="status" hidden></p>
  </form>
</section>
