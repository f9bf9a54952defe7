<#-- The mentor's page (js/mentor.js): mentees first, then the one profile editor. -->
<#import "/resources.ftl" as rs>
<#assign langCodes = ["en", "fr", "es", "de", "pt", "it", "ar"]>
<section id="mentor-mentees-section" aria-labelledby="mentor-mentees-title" hidden>
  <h2 id="mentor-mentees-title">${s("mentor.mentees")}</h2>
  <p id="mentees-status" class="staff-status" role="status" hidden></p>
  <ul id="mentees" class="staff-cards"></ul>
  <#-- Cancelling a meeting or a series asks here; mentor.js moves the question below what asked. -->
  <@l.confirmBox id="mentor-confirm" yes=s("mentor.meetingConfirmYes") no=s("mentor.meetingConfirmNo")/>
</section>

<section id="mentor-profile-section" aria-labelledby="mentor-profile-title" hidden>
  <h2 id="mentor-profile-title">${s("mentor.profile")}</h2>
  <p id="mentor-profile-state" class="hint"></p>
  <form id="mentor-profile" class="staff-panel" novalidate>
    <div class="field">
      <label for="profile-name">${s("mentor.name")}</label>
      <#-- The API takes 100 characters (code points); maxlength counts UTF-16 units, so twice that. -->
      <input id="profile-name" name="name" type="text" autocomplete="name" maxlength="200" required data-field="name">
    </div>
    <fieldset class="field" id="profile-paths" data-field="paths">
      <legend>${s("mentor.paths")}</legend>
      <#list l.docs("paths", lang)?sort_by("title") as p>
      <p class="choice"><input type="checkbox" id="profile-path-${p.pathId!l.slugOf(p)}" name="paths" value="${p.pathId!l.slugOf(p)}">
      <label for="profile-path-${p.pathId!l.slugOf(p)}">${p.title!l.slugOf(p)}</label></p>
      </#list>
    </fieldset>
    <div class="field">
      <label for="profile-skills">${s("mentor.skills")}</label>
      <input id="profile-skills" name="skills" type="text" data-field="skills" aria-describedby="profile-skills-hint">
      <p class="hint" id="profile-skills-hint">${s("mentor.skillsHint")}</p>
    </div>
    <fieldset class="field" id="profile-languages" data-field="languages">
      <legend>${s("mentor.languages")}</legend>
      <#list langCodes as code>
      <p class="choice"><input type="checkbox" id="profile-language-${code}" name="languages" value="${code}">
      <label for="profile-language-${code}">${s("lang." + code)}</label></p>
      </#list>
    </fieldset>
    <#-- The hub writes its mails in English and French; each choice in its own language. -->
    <fieldset class="field" id="profile-mail-language" data-field="mailLanguage">
      <legend>${s("mentor.mailLanguage")}</legend>
      <#list ["en", "fr"] as code>
      <p class="choice"><input type="radio" id="profile-mail-language-${code}" name="mailLanguage" value="${code}"<#if code == lang> checked</#if>>
      <label for="profile-mail-language-${code}" lang="${code}">${s("mentor.mailLanguage." + code)}</label></p>
      </#list>
    </fieldset>
    <div class="field">
      <label for="profile-timezone">${s("mentor.timezone")}</label>
      <select id="profile-timezone" name="timezone" required data-field="timezone" aria-describedby="profile-timezone-hint">
        <@l.zoneOptions lang=lang/>
      </select>
      <p class="hint" id="profile-timezone-hint">${s("mentor.timezoneHint")}</p>
    </div>
    <div class="field">
      <label for="profile-capacity">${s("mentor.capacity")}</label>
      <input id="profile-capacity" name="capacity" type="number" min="1" max="30" step="1" required data-field="capacity">
    </div>
    <fieldset class="field" id="profile-availability" data-field="availability">
      <legend>${s("mentor.availability")}</legend>
      <p class="hint">${s("mentor.availabilityHint")}</p>
      <ol id="profile-slots" class="staff-slots"></ol>
      <p><button type="button" id="profile-add-slot" class="button-secondary">${s("mentor.addSlot")}</button></p>
    </fieldset>
    <div class="field consent">
      <input id="profile-paused" name="paused" type="checkbox">
      <label for="profile-paused">${s("mentor.paused")}</label>
    </div>
    <p><button type="submit">${s("mentor.save")}</button></p>
    <p id="profile-status" class="staff-status" role="status" hidden></p>
  </form>
</section>
<template id="slot-row">
<li class="staff-slot">
<label>${s("mentor.slotDay")} <select data-part="day">
<#list ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as d><option value="${d}">${s("mentor.day." + d)}</option></#list></select></label>
<label>${s("mentor.slotFrom")} <input type="time" data-part="from" required></label>
<label>${s("mentor.slotTo")} <input type="time" data-part="to" required></label>
<button type="button" class="button-secondary" data-remove>${s("mentor.slotRemove")}</button>
</li>
</template>
<@rs.catalogue lang=lang/>
