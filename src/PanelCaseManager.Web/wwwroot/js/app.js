// Progressive enhancement only: every page works without this script.
import { initAll as initGovuk } from '/lib/govuk-frontend.min.js'
import { initAll as initMoj } from '/lib/moj-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initGovuk()
initMoj()
