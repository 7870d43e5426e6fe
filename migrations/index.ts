import * as migration_20261124_113531_initial from './20261124_113531_initial';
import * as migration_20261124_122328_search from './20261124_122328_search';
import * as migration_20261124_123751_search_jobs from './20261124_123751_search_jobs';
import * as migration_20261124_125841_chat from './20261124_125841_chat';
import * as migration_20261124_130401_geo_imports from './20261124_130401_geo_imports';
import * as migration_20261124_165540_calls from './20261124_165540_calls';
import * as migration_20261124_170919_settings from './20261124_170919_settings';
import * as migration_20261124_172103_files from './20261124_172103_files';
import * as migration_20261124_173425_file_access from './20261124_173425_file_access';
import * as migration_20261124_173636_file_previews from './20261124_173636_file_previews';
import * as migration_20261124_174511_virus_audit from './20261124_174511_virus_audit';
import * as migration_20261124_174618_upload_quota from './20261124_174618_upload_quota';
import * as migration_20261124_180032_file_retention from './20261124_180032_file_retention';
import * as migration_20261124_180316_file_storage from './20261124_180316_file_storage';
import * as migration_20261201_200454_outbox from './20261201_200454_outbox';
import * as migration_20261201_213933_hsds_profile from './20261201_213933_hsds_profile';
import * as migration_20261201_231050_reader_experience from './20261201_231050_reader_experience';
import * as migration_20261202_050632_towns_and_freshness from './20261202_050632_towns_and_freshness';
import * as migration_20261202_062432_no_account_lock from './20261202_062432_no_account_lock';
import * as migration_20261202_133636_audit_account_events from './20261202_133636_audit_account_events';
import * as migration_20261202_143831_accounts from './20261202_143831_accounts';
import * as migration_20261203_085028_campaigns from './20261203_085028_campaigns';
import * as migration_20261203_085943_campaign_metrics from './20261203_085943_campaign_metrics';
import * as migration_20261203_091351_forms from './20261203_091351_forms';
import * as migration_20261203_142500_public_api from './20261203_142500_public_api';
import * as migration_20261203_143834_api_keys from './20261203_143834_api_keys';

export const migrations = [
  {
    up: migration_20261124_113531_initial.up,
    down: migration_20261124_113531_initial.down,
    name: '20261124_113531_initial',
  },
  {
    up: migration_20261124_122328_search.up,
    down: migration_20261124_122328_search.down,
    name: '20261124_122328_search',
  },
  {
    up: migration_20261124_123751_search_jobs.up,
    down: migration_20261124_123751_search_jobs.down,
    name: '20261124_123751_search_jobs',
  },
  {
    up: migration_20261124_125841_chat.up,
    down: migration_20261124_125841_chat.down,
    name: '20261124_125841_chat',
  },
  {
    up: migration_20261124_130401_geo_imports.up,
    down: migration_20261124_130401_geo_imports.down,
    name: '20261124_130401_geo_imports',
  },
  {
    up: migration_20261124_165540_calls.up,
    down: migration_20261124_165540_calls.down,
    name: '20261124_165540_calls',
  },
  {
    up: migration_20261124_170919_settings.up,
    down: migration_20261124_170919_settings.down,
    name: '20261124_170919_settings',
  },
  {
    up: migration_20261124_172103_files.up,
    down: migration_20261124_172103_files.down,
    name: '20261124_172103_files',
  },
  {
    up: migration_20261124_173425_file_access.up,
    down: migration_20261124_173425_file_access.down,
    name: '20261124_173425_file_access',
  },
  {
    up: migration_20261124_173636_file_previews.up,
    down: migration_20261124_173636_file_previews.down,
    name: '20261124_173636_file_previews',
  },
  {
    up: migration_20261124_174511_virus_audit.up,
    down: migration_20261124_174511_virus_audit.down,
    name: '20261124_174511_virus_audit',
  },
  {
    up: migration_20261124_174618_upload_quota.up,
    down: migration_20261124_174618_upload_quota.down,
    name: '20261124_174618_upload_quota',
  },
  {
    up: migration_20261124_180032_file_retention.up,
    down: migration_20261124_180032_file_retention.down,
    name: '20261124_180032_file_retention',
  },
  {
    up: migration_20261124_180316_file_storage.up,
    down: migration_20261124_180316_file_storage.down,
    name: '20261124_180316_file_storage',
  },
  {
    up: migration_20261201_200454_outbox.up,
    down: migration_20261201_200454_outbox.down,
    name: '20261201_200454_outbox',
  },
  {
    up: migration_20261201_213933_hsds_profile.up,
    down: migration_20261201_213933_hsds_profile.down,
    name: '20261201_213933_hsds_profile',
  },
  {
    up: migration_20261201_231050_reader_experience.up,
    down: migration_20261201_231050_reader_experience.down,
    name: '20261201_231050_reader_experience',
  },
  {
    up: migration_20261202_050632_towns_and_freshness.up,
    down: migration_20261202_050632_towns_and_freshness.down,
    name: '20261202_050632_towns_and_freshness',
  },
  {
    up: migration_20261202_062432_no_account_lock.up,
    down: migration_20261202_062432_no_account_lock.down,
    name: '20261202_062432_no_account_lock',
  },
  {
    up: migration_20261202_133636_audit_account_events.up,
    down: migration_20261202_133636_audit_account_events.down,
    name: '20261202_133636_audit_account_events',
  },
  {
    up: migration_20261202_143831_accounts.up,
    down: migration_20261202_143831_accounts.down,
    name: '20261202_143831_accounts',
  },
  {
    up: migration_20261203_085028_campaigns.up,
    down: migration_20261203_085028_campaigns.down,
    name: '20261203_085028_campaigns',
  },
  {
    up: migration_20261203_085943_campaign_metrics.up,
    down: migration_20261203_085943_campaign_metrics.down,
    name: '20261203_085943_campaign_metrics',
  },
  {
    up: migration_20261203_091351_forms.up,
    down: migration_20261203_091351_forms.down,
    name: '20261203_091351_forms',
  },
  {
    up: migration_20261203_142500_public_api.up,
    down: migration_20261203_142500_public_api.down,
    name: '20261203_142500_public_api',
  },
  {
    up: migration_20261203_143834_api_keys.up,
    down: migration_20261203_143834_api_keys.down,
    name: '20261203_143834_api_keys'
  },
];
