<#ftl output_format="HTML">
<#assign role = (content.role!"")?trim>
<div class="prose">${content.body?no_esc}</div>
<@l.guideList lang=lang items=l.guidesWith("roles", role, lang) level=2/>
<@l.taxonomyNav lang=lang/>
