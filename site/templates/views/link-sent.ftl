<#ftl output_format="HTML">
<#-- Where "mail me my link again" lands without JavaScript: the same words for any address. -->
<div class="prose">${content.body?no_esc}</div>
<p class="actions"><a class="button" href="/${lang}/index.html">${l.t(lang, "navHome")}</a></p>
