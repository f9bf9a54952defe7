<#ftl output_format="HTML">
<#-- Where leaving without JavaScript lands (me.html's form): one page for what was left, the
     waitlist or the seat (content/<lang>/<left>/waitlist.md, seat.md), one for a learner who had left already. -->
<div class="prose">${content.body?no_esc}</div>
<p class="actions">
  <a class="button" href="${l.page(lang, "paths")}">${l.t(lang, "me.againOther")}</a>
  <a href="${l.page(lang, "me")}">${l.t(lang, "nav.myPage")}</a>
</p>
