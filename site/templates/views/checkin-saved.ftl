<#ftl output_format="HTML">
<#-- Where a check-in posted without JavaScript lands. -->
<div class="prose">${content.body?no_esc}</div>
<p class="actions">
  <a class="button" href="${l.page(lang, "me")}">${l.t(lang, "nav.myPage")}</a>
  <a href="${l.page(lang, "checkin")}">${l.t(lang, "checkinLink")}</a>
</p>
