import { PasswordRuleNote as PasswordRuleNote_a6770d074948b6451d5294c67f57ab49 } from '../../../collections/users/PasswordRuleNote'
import { SessionsField as SessionsField_1ce7d117ac09fd1fb166caffe7281a13 } from '../../../collections/users/sessions/SessionsField'
import { TwoFactorReset as TwoFactorReset_c615fe392b912e85486eabdb752d90ef } from '../../../collections/users/twoFactor/admin/TwoFactorReset'
import { TitleCell as TitleCell_41e0a30741f8a728549d0e2b4a7b476a } from '../../../plugins/editor-aids/admin/TitleCell'
import { EnglishBeside as EnglishBeside_d08cdea8634731b5d5976c76f830cd20 } from '../../../plugins/editor-aids/admin/EnglishBeside'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AttributesField as AttributesField_84f4dd4f5c47d19d7a89203f6a8bf960 } from '../../../plugins/editor-aids/admin/AttributesField'
import { LocationField as LocationField_38e4120d7f2a409e1a129bc3eb3cb3b1 } from '../../../plugins/geo/admin/LocationField'
import { OfflineJSONField as OfflineJSONField_905687076386b893692fca00026994df } from '../../../plugins/editor-aids/admin/OfflineJSONField'
import { CampaignFigures as CampaignFigures_00491f335ef3dd8b60b9bd65177d574d } from '../../../collections/campaigns/admin/CampaignFigures'
import { PostSchedule as PostSchedule_3b5bfefa42f2c13aee7c612e99603b33 } from '../../../collections/campaigns/admin/PostSchedule'
import { ResourceCell as ResourceCell_78c65d54702789de89ce4c6b7233d2c4 } from '../../../collections/moderation/admin/ResourceCell'
import { StatusTabs as StatusTabs_a48b111ac8a68d4d6f9d92bca28aac0d } from '../../../collections/moderation/admin/StatusTabs'
import { ExportLink as ExportLink_d72234a72e41dc894a7ccfa746179e49 } from '../../../plugins/forms/admin/ExportLink'
import { SearchIndexStatus as SearchIndexStatus_78e6782e78a1b77e40ade2cfc96e704e } from '../../../plugins/search/admin/SearchIndexStatus'
import { StorageReport as StorageReport_e4484790a3161ec3513c51bb4e7e2aa0 } from '../../../plugins/files/admin/StorageReport'
import { RunningCampaigns as RunningCampaigns_21e57b98d4f0428e97d51a61b1e0a1d3 } from '../../../collections/campaigns/admin/RunningCampaigns'
import { EditorToDo as EditorToDo_0151f619abadd5fb34c1796896960b84 } from '../../../plugins/editor-aids/admin/EditorToDo'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { MonacoProvider as MonacoProvider_7784a7b3bddd74389c302a755dc54690 } from '../../../plugins/editor-aids/admin/MonacoProvider'
import { TwoFactorLoginView as TwoFactorLoginView_3bc0c60f911e0fa28435087807cce7ea } from '../../../collections/users/twoFactor/admin/LoginView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/collections/users/PasswordRuleNote#PasswordRuleNote": PasswordRuleNote_a6770d074948b6451d5294c67f57ab49,
  "/collections/users/sessions/SessionsField#SessionsField": SessionsField_1ce7d117ac09fd1fb166caffe7281a13,
  "/collections/users/twoFactor/admin/TwoFactorReset#TwoFactorReset": TwoFactorReset_c615fe392b912e85486eabdb752d90ef,
  "/plugins/editor-aids/admin/TitleCell#TitleCell": TitleCell_41e0a30741f8a728549d0e2b4a7b476a,
  "/plugins/editor-aids/admin/EnglishBeside#EnglishBeside": EnglishBeside_d08cdea8634731b5d5976c76f830cd20,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/plugins/editor-aids/admin/AttributesField#AttributesField": AttributesField_84f4dd4f5c47d19d7a89203f6a8bf960,
  "/plugins/geo/admin/LocationField#LocationField": LocationField_38e4120d7f2a409e1a129bc3eb3cb3b1,
  "/plugins/editor-aids/admin/OfflineJSONField#OfflineJSONField": OfflineJSONField_905687076386b893692fca00026994df,
  "/collections/campaigns/admin/CampaignFigures#CampaignFigures": CampaignFigures_00491f335ef3dd8b60b9bd65177d574d,
  "/collections/campaigns/admin/PostSchedule#PostSchedule": PostSchedule_3b5bfefa42f2c13aee7c612e99603b33,
  "/collections/moderation/admin/ResourceCell#ResourceCell": ResourceCell_78c65d54702789de89ce4c6b7233d2c4,
  "/collections/moderation/admin/StatusTabs#StatusTabs": StatusTabs_a48b111ac8a68d4d6f9d92bca28aac0d,
  "/plugins/forms/admin/ExportLink#ExportLink": ExportLink_d72234a72e41dc894a7ccfa746179e49,
  "/plugins/search/admin/SearchIndexStatus#SearchIndexStatus": SearchIndexStatus_78e6782e78a1b77e40ade2cfc96e704e,
  "/plugins/files/admin/StorageReport#StorageReport": StorageReport_e4484790a3161ec3513c51bb4e7e2aa0,
  "/collections/campaigns/admin/RunningCampaigns#RunningCampaigns": RunningCampaigns_21e57b98d4f0428e97d51a61b1e0a1d3,
  "/plugins/editor-aids/admin/EditorToDo#EditorToDo": EditorToDo_0151f619abadd5fb34c1796896960b84,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/plugins/editor-aids/admin/MonacoProvider#MonacoProvider": MonacoProvider_7784a7b3bddd74389c302a755dc54690,
  "/collections/users/twoFactor/admin/LoginView#TwoFactorLoginView": TwoFactorLoginView_3bc0c60f911e0fa28435087807cce7ea,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
