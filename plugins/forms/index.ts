import type { Field, Plugin } from 'payload'

import { formBuilderPlugin } from '@payloadcms/plugin-form-builder'

import { anyone } from '../../access/anyone'
import { isAdmin } from '../../access/isAdmin'
import { isEditor } from '../../access/isEditor'
import { nobody } from '../../access/nobody'
import { canReadSubmissions } from './access'
import { formBlocks } from './blocks'
import { countInCampaigns } from './campaignCounts'
import { withCampaignForm } from './campaignForm'
import { exportSubmissionsEndpoint } from './exportCsv'
import { formFields, withoutEmailsForReaders } from './formFields'
import { keepAnsweredForms } from './keepAnswered'
import { queueNotifications } from './notify'
import { FORMS_SLUG, SUBMISSION_LOCALES, SUBMISSIONS_SLUG } from './rules'
import { submitFormEndpoint } from './submit'
import { validateSubmission } from './validateSubmission'

export { readableForms } from './access'
export { countedSubmissions } from './progress'
export { FORMS_SLUG, SUBMISSIONS_SLUG } from './rules'

/** The language the answers were given in: the notice is written in it. */
const localeField: Field = {
  name: 'locale',
  type: 'select',
  defaultValue: 'en',
  options: SUBMISSION_LOCALES.map((value) => ({ label: value, value })),
  admin: { readOnly: true, position: 'sidebar' },
}

/**
 * Forms editors build from blocks (@payloadcms/plugin-form-builder), made
 * safe to put in front of the public:
 *
 * - answers come in through one door, `POST /api/forms/:id/submit`
 *   (per-address limit, honeypot, minimum time to fill in); REST and
 *   GraphQL create are refused to everyone;
 * - every submission, by any path, is checked against its form on the
 *   server (validateSubmission): fields, types, options, lengths, districts,
 *   consent, the form's opening window and capacity;
 * - recipients are the editor's fixed addresses, never `{{…}}` from the
 *   answers, and the plugin's in-request sending is off: notices are queued
 *   mail (plugins/mail), sent after the commit and retried;
 * - submissions are read by admins and the editors of the form's campaign
 *   (campaigns get a `form` relationship, campaignForm.ts), exported as CSV
 *   (`GET /api/forms/:id/submissions.csv`) and counted in the campaign's
 *   daily figures (campaignCounts.ts).
 */
export const formsPlugin = (): Plugin => (config) =>
  formBuilderPlugin({
    fields: formBlocks() as never,
    // The plugin sends in afterChange, inside the request, with `{{…}}` filled into recipients:
    // answering [] sends nothing (sendEmail.ts maps over what this returns); queueNotifications sends.
    beforeEmail: () => [],
    formOverrides: {
      slug: FORMS_SLUG,
      admin: { group: 'Campaigns', defaultColumns: ['title', 'opensAt', 'closesAt', 'updatedAt'] },
      // The site renders forms for anyone; `emails` (who is told) is for editors only (formFields).
      access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
      endpoints: [submitFormEndpoint, exportSubmissionsEndpoint],
      hooks: { afterRead: [withoutEmailsForReaders], beforeDelete: [keepAnsweredForms] },
      fields: formFields,
    },
    formSubmissionOverrides: {
      slug: SUBMISSIONS_SLUG,
      admin: {
        group: 'Campaigns',
        defaultColumns: ['form', 'locale', 'createdAt'],
        description: 'Answers to forms. Made only through a form on the site; nobody edits them.',
      },
      defaultSort: '-createdAt',
      access: { create: nobody, read: canReadSubmissions, update: nobody, delete: isAdmin },
      hooks: { beforeValidate: [validateSubmission], afterChange: [queueNotifications, countInCampaigns] },
      fields: ({ defaultFields }) => [...defaultFields, localeField],
    },
  })(withCampaignForm(config))
