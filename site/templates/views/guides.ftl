<#ftl output_format="HTML">
<div class="prose">${content.body?no_esc}</div>
<@l.guideList lang=lang items=l.docs("guides", lang) level=2/>
<@l.taxonomyNav lang=lang/>
