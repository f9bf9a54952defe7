<#ftl output_format="HTML">
<#-- Where leaving the waitlist, or the seat, without JavaScript lands (me.html's form). -->
<div class="prose">${content.body?no_esc}</div>
<p class="actions">
  <a class="button" href="${l.page(lang, "paths")}">${l.t(lang, "me.againOther")}</a>
  <a href="${l.page(lang, "me")}">${l.t(lang, "nav.myPage")}</a>
</p>
