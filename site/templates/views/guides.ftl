<#ftl output_format="HTML">
<div class="prose">${content.body?no_esc}</div>
<@l.guideList lang=lang items=l.docs("guides", lang)/>
<@l.taxonomyNav lang=lang/>
