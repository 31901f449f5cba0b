/**
 * @module translate/ddl/_show-spec
 * Column lists of SHOW commands, in Snowflake's order with its lower-case names
 * (snowflake-reference.md §4; docs.snowflake.com/en/sql-reference/sql/show-*). Each column is a SQL
 * expression over the catalog view in `from` plus its Snowflake result type. SHOW prints absent
 * text as `''`, flags as `Y`/`N` (`true`/`false` where Snowflake uses booleans).
 */
import { metaRef } from '../../catalog/names.ts';
import { OWNER_ROLE } from '../../catalog/schema.ts';

export type ShowColType = 'ts' | 'text' | 'num' | 'bool';
export interface ShowCol {
  name: string;
  sql: string;
  type: ShowColType;
}
export type ShowScope = 'object' | 'schema' | 'database' | 'account' | 'column';
export interface ShowSpec {
  from: string;
  cols: ShowCol[];
  scope: ShowScope;
  /** Expression LIKE / STARTS WITH apply to. */
  nameSql: string;
  orderBy: string;
  /** Extra WHERE condition (e.g. kind = 'TABLE'). */
  where?: string;
}

const M = metaRef;
const c = (name: string, sql: string, type: ShowColType = 'text'): ShowCol => ({ name, sql, type });
const OWNER = `'${OWNER_ROLE}'`;
const yn = (e: string): string => `CASE WHEN ${e} THEN 'Y' ELSE 'N' END`;
const s = (e: string): string => `coalesce(${e}, '')`;

export const tableKind = `CASE WHEN temporary THEN 'TEMPORARY' WHEN transient THEN 'TRANSIENT' ELSE 'TABLE' END`;

export const SHOW_TABLES: ShowSpec = {
  from: M('sf_tables'),
  where: `kind = 'TABLE'`,
  scope: 'object',
  nameSql: 'name',
  orderBy: 'database_name, schema_name, name',
  cols: [
    c('created_on', 'created_on', 'ts'), c('name', 'name'), c('database_name', 'database_name'), c('schema_name', 'schema_name'),
    c('kind', tableKind), c('comment', s('comment')), c('cluster_by', s('cluster_by')), c('rows', 'row_count', 'num'),
    c('bytes', `0`, 'num'), c('owner', OWNER), c('retention_time', 'CAST(retention_time AS VARCHAR)'),
    c('automatic_clustering', `CASE WHEN cluster_by IS NULL THEN 'OFF' ELSE 'ON' END`), c('change_tracking', `'OFF'`),
    c('search_optimization', `'OFF'`), c('search_optimization_progress', 'NULL'), c('search_optimization_bytes', 'NULL', 'num'),
    c('is_external', `'N'`), c('enable_schema_evolution', `'N'`), c('owner_role_type', `'ROLE'`), c('is_event', `'N'`),
    c('budget', 'NULL'), c('is_hybrid', `'N'`), c('is_iceberg', `'N'`), c('is_dynamic', `'N'`), c('is_immutable', `'N'`),
  ],
};

export const SHOW_OBJECTS: ShowSpec = {
  from: M('sf_tables'),
  scope: 'object',
  nameSql: 'name',
  orderBy: 'database_name, schema_name, name',
  cols: [
    c('created_on', 'created_on', 'ts'), c('name', 'name'), c('database_name', 'database_name'), c('schema_name', 'schema_name'),
    c('kind', `CASE WHEN kind = 'VIEW' THEN 'VIEW' ELSE ${tableKind} END`), c('comment', s('comment')), c('cluster_by', s('cluster_by')),
    c('rows', 'coalesce(row_count, 0)', 'num'), c('bytes', '0', 'num'), c('owner', OWNER),
    c('retention_time', `coalesce(CAST(retention_time AS VARCHAR), '1')`), c('owner_role_type', `'ROLE'`),
    c('is_hybrid', `'N'`), c('is_dynamic', `'N'`), c('is_iceberg', `'N'`),
  ],
};

export const SHOW_VIEWS: ShowSpec = {
  from: M('sf_tables'),
  where: `kind = 'VIEW'`,
  scope: 'object',
  nameSql: 'name',
  orderBy: 'database_name, schema_name, name',
  cols: [
    c('created_on', 'created_on', 'ts'), c('name', 'name'), c('reserved', `''`), c('database_name', 'database_name'),
    c('schema_name', 'schema_name'), c('owner', OWNER), c('comment', s('comment')), c('text', s('view_text')),
    c('is_secure', 'secure', 'bool'), c('is_materialized', 'materialized', 'bool'), c('owner_role_type', `'ROLE'`),
    c('change_tracking', `'OFF'`),
  ],
};

/** TERSE form shared by TABLES/OBJECTS/VIEWS/SCHEMAS/DATABASES. */
export function terse(spec: ShowSpec, kind: string): ShowSpec {
  const get = (n: string): string => spec.cols.find((x) => x.name === n)?.sql ?? 'NULL';
  return {
    ...spec,
    cols: [c('created_on', 'created_on', 'ts'), c('name', 'name'), c('kind', kind), c('database_name', get('database_name')), c('schema_name', get('schema_name'))],
  };
}

export const SHOW_SCHEMAS: ShowSpec = {
  from: M('sf_schemas'),
  scope: 'schema',
  nameSql: 'name',
  orderBy: 'database_name, name',
  cols: [
    c('created_on', 'created_on', 'ts'), c('name', 'name'), c('is_default', `'N'`), c('is_current', '$IS_CURRENT'),
    c('database_name', 'database_name'), c('owner', `CASE WHEN is_info_schema THEN '' ELSE ${OWNER} END`), c('comment', s('comment')),
    c('options', `CASE WHEN transient THEN 'TRANSIENT' WHEN managed_access THEN 'MANAGED ACCESS' ELSE '' END`),
    c('retention_time', 'CAST(retention_time AS VARCHAR)'), c('owner_role_type', `CASE WHEN is_info_schema THEN '' ELSE 'ROLE' END`),
    c('budget', 'NULL'), c('object_visibility', 'NULL'),
  ],
};

export const SHOW_DATABASES: ShowSpec = {
  from: M('sf_databases'),
  scope: 'account',
  nameSql: 'name',
  orderBy: 'name',
  cols: [
    c('created_on', 'created_on', 'ts'), c('name', 'name'), c('is_default', `'N'`), c('is_current', '$IS_CURRENT'),
    c('origin', `''`), c('owner', OWNER), c('comment', s('comment')), c('options', `CASE WHEN transient THEN 'TRANSIENT' ELSE '' END`),
    c('retention_time', 'CAST(retention_time AS VARCHAR)'), c('kind', `'STANDARD'`), c('budget', 'NULL'),
    c('owner_role_type', `'ROLE'`), c('object_visibility', 'NULL'),
  ],
};

export const SHOW_COLUMNS: ShowSpec = {
  from: M('sf_columns'),
  scope: 'column',
  nameSql: 'column_name',
  orderBy: 'database_name, schema_name, table_name, ordinal',
  cols: [
    c('table_name', 'table_name'), c('schema_name', 'schema_name'), c('column_name', 'column_name'),
    c('data_type', `${M('sf_show_type')}(data_type, nullable, fixed)`), c('null?', `CAST(nullable AS VARCHAR)`),
    c('default', s('default_text')), c('kind', `'COLUMN'`), c('expression', s('expression')), c('comment', s('comment')),
    c('database_name', 'database_name'), c('autoincrement', s('autoincrement')), c('schema_evolution_record', 'NULL'),
  ],
};

export const SHOW_SEQUENCES: ShowSpec = {
  from: M('sf_sequences'),
  scope: 'object',
  nameSql: 'name',
  orderBy: 'database_name, schema_name, name',
  cols: [
    c('created_on', 'created_on', 'ts'), c('name', 'name'), c('schema_name', 'schema_name'), c('database_name', 'database_name'),
    c('next_value', 'next_value', 'num'), c('interval', '"interval"', 'num'), c('owner', OWNER), c('comment', s('comment')),
    c('owner_role_type', `'ROLE'`), c('ordered', yn('ordered')),
  ],
};

export const SHOW_STAGES: ShowSpec = {
  from: M('sf_stages'),
  scope: 'object',
  nameSql: 'name',
  orderBy: 'database_name, schema_name, name',
  cols: [
    c('created_on', 'created_on', 'ts'), c('name', 'name'), c('database_name', 'database_name'), c('schema_name', 'schema_name'),
    c('url', s('url')), c('has_credentials', yn('has_credentials')), c('has_encryption_key', `'N'`), c('owner', OWNER),
    c('comment', s('comment')), c('region', 'NULL'), c('type', `stage_type || CASE WHEN temporary THEN ' TEMPORARY' ELSE '' END`),
    c('cloud', 'NULL'), c('notification_channel', 'NULL'), c('storage_integration', 'storage_integration'), c('endpoint', 'NULL'),
    c('owner_role_type', `'ROLE'`), c('directory_enabled', `'N'`),
  ],
};

export const SHOW_FILE_FORMATS: ShowSpec = {
  from: M('sf_file_formats'),
  scope: 'object',
  nameSql: 'name',
  orderBy: 'database_name, schema_name, name',
  cols: [
    c('created_on', 'created_on', 'ts'), c('name', 'name'), c('database_name', 'database_name'), c('schema_name', 'schema_name'),
    c('type', 'format_type'), c('owner', OWNER), c('comment', s('comment')), c('format_options', s('options')),
    c('owner_role_type', `'ROLE'`),
  ],
};

export const SHOW_USER_FUNCTIONS: ShowSpec = {
  from: M('sf_functions'),
  where: `routine = 'FUNCTION'`,
  scope: 'object',
  nameSql: 'name',
  orderBy: 'database_name, schema_name, name',
  cols: [
    c('created_on', 'created_on', 'ts'), c('name', 'name'), c('schema_name', 'schema_name'), c('is_builtin', `'N'`),
    c('is_aggregate', `'N'`), c('is_ansi', `'N'`), c('min_num_arguments', 'min_args', 'num'), c('max_num_arguments', 'max_args', 'num'),
    c('arguments', 'arguments'), c('description', `coalesce(comment, 'user-defined function')`), c('catalog_name', 'database_name'),
    c('is_table_function', yn('is_table_function')), c('valid_for_clustering', `'N'`), c('is_secure', yn('secure')),
    c('secrets', 'NULL'), c('external_access_integrations', 'NULL'), c('is_external_function', `'N'`), c('language', 'language'),
    c('is_memoizable', `'N'`), c('is_data_metric', `'N'`),
  ],
};

const keyRows = (type: string): string =>
  `(SELECT *, unnest(column_names) AS column_name, unnest(generate_series(1, len(column_names))) AS key_sequence FROM ${M('sf_constraints')} WHERE constraint_type = '${type}')`;

export const SHOW_PRIMARY_KEYS: ShowSpec = {
  from: keyRows('PRIMARY KEY'),
  scope: 'column',
  nameSql: 'table_name',
  orderBy: 'database_name, schema_name, table_name, key_sequence',
  cols: [
    c('created_on', 'created_on', 'ts'), c('database_name', 'database_name'), c('schema_name', 'schema_name'),
    c('table_name', 'table_name'), c('column_name', 'column_name'), c('key_sequence', 'key_sequence', 'num'),
    c('constraint_name', 'constraint_name'), c('rely', `'false'`), c('comment', 'comment'),
  ],
};

const opt = (key: string, dflt: string): string => `coalesce(json_extract_string(options, '$.${key}'), '${dflt}')`;

export const SHOW_WAREHOUSES: ShowSpec = {
  from: `(SELECT * FROM ${M('account_objects')} WHERE object_type = 'WAREHOUSE')`,
  scope: 'account',
  nameSql: 'name',
  orderBy: 'name',
  cols: [
    c('name', 'name'), c('state', 'state'), c('type', opt('WAREHOUSE_TYPE', 'STANDARD')),
    c('size', `CASE upper(replace(${opt('WAREHOUSE_SIZE', 'XSMALL')}, '-', '')) WHEN 'XSMALL' THEN 'X-Small' WHEN 'SMALL' THEN 'Small' WHEN 'MEDIUM' THEN 'Medium' WHEN 'LARGE' THEN 'Large' WHEN 'XLARGE' THEN 'X-Large' WHEN 'XXLARGE' THEN '2X-Large' WHEN '2XLARGE' THEN '2X-Large' WHEN 'XXXLARGE' THEN '3X-Large' WHEN '3XLARGE' THEN '3X-Large' WHEN '4XLARGE' THEN '4X-Large' WHEN '5XLARGE' THEN '5X-Large' WHEN '6XLARGE' THEN '6X-Large' ELSE ${opt('WAREHOUSE_SIZE', 'X-Small')} END`),
    c('min_cluster_count', `CAST(${opt('MIN_CLUSTER_COUNT', '1')} AS BIGINT)`, 'num'),
    c('max_cluster_count', `CAST(${opt('MAX_CLUSTER_COUNT', '1')} AS BIGINT)`, 'num'),
    c('started_clusters', `CASE WHEN state = 'STARTED' THEN 1 ELSE 0 END`, 'num'), c('running', '0', 'num'), c('queued', '0', 'num'),
    c('is_default', `'N'`), c('is_current', '$IS_CURRENT'), c('auto_suspend', `CAST(${opt('AUTO_SUSPEND', '600')} AS BIGINT)`, 'num'),
    c('auto_resume', `lower(${opt('AUTO_RESUME', 'true')})`), c('available', `''`), c('provisioning', `''`), c('quiescing', `''`),
    c('other', `''`), c('created_on', 'created_on', 'ts'), c('resumed_on', 'created_on', 'ts'), c('updated_on', 'updated_on', 'ts'),
    c('owner', OWNER), c('comment', s('comment')), c('enable_query_acceleration', `lower(${opt('ENABLE_QUERY_ACCELERATION', 'false')})`),
    c('query_acceleration_max_scale_factor', `CAST(${opt('QUERY_ACCELERATION_MAX_SCALE_FACTOR', '8')} AS BIGINT)`, 'num'),
    c('resource_monitor', `${opt('RESOURCE_MONITOR', 'null')}`), c('actives', '0', 'num'), c('pendings', '0', 'num'),
    c('failed', '0', 'num'), c('suspended', '0', 'num'), c('uuid', `CAST(hash(name) AS VARCHAR)`),
    c('scaling_policy', opt('SCALING_POLICY', 'STANDARD')), c('budget', 'NULL'), c('owner_role_type', `'ROLE'`),
    c('resource_constraint', 'NULL'),
  ],
};

const flag = (key: string): string => `lower(${opt(key, 'false')})`;

/**
 * SHOW USERS lists the users created with CREATE USER (Mockhaus keeps no other account users);
 * properties come from the CREATE/ALTER USER options (docs.snowflake.com/en/sql-reference/sql/show-users).
 */
export const SHOW_USERS: ShowSpec = {
  from: `(SELECT * FROM ${M('account_objects')} WHERE object_type = 'USER')`,
  scope: 'account',
  nameSql: 'name',
  orderBy: 'name',
  cols: [
    c('name', 'name'), c('created_on', 'created_on', 'ts'), c('login_name', `upper(coalesce(json_extract_string(options, '$.LOGIN_NAME'), name))`),
    c('display_name', `coalesce(json_extract_string(options, '$.DISPLAY_NAME'), name)`), c('first_name', `json_extract_string(options, '$.FIRST_NAME')`),
    c('last_name', `json_extract_string(options, '$.LAST_NAME')`), c('email', `json_extract_string(options, '$.EMAIL')`),
    c('mins_to_unlock', 'NULL'), c('days_to_expiry', 'NULL'), c('comment', 'comment'), c('disabled', flag('DISABLED')),
    c('must_change_password', flag('MUST_CHANGE_PASSWORD')), c('snowflake_lock', `'false'`),
    c('default_warehouse', `json_extract_string(options, '$.DEFAULT_WAREHOUSE')`), c('default_namespace', `json_extract_string(options, '$.DEFAULT_NAMESPACE')`),
    c('default_role', `json_extract_string(options, '$.DEFAULT_ROLE')`), c('default_secondary_roles', `json_extract_string(options, '$.DEFAULT_SECONDARY_ROLES')`),
    c('ext_authn_duo', `'false'`), c('ext_authn_uid', 'NULL'), c('mins_to_bypass_mfa', 'NULL'), c('owner', OWNER),
    c('last_success_login', 'NULL', 'ts'), c('expires_at_time', 'NULL', 'ts'), c('locked_until_time', 'NULL', 'ts'),
    c('has_password', `CASE WHEN json_extract_string(options, '$.PASSWORD') IS NULL THEN 'false' ELSE 'true' END`),
    c('has_rsa_public_key', `CASE WHEN json_extract_string(options, '$.RSA_PUBLIC_KEY') IS NULL THEN 'false' ELSE 'true' END`),
    c('type', `json_extract_string(options, '$.TYPE')`), c('has_mfa', `'false'`),
  ],
};

/** SHOW TERSE USERS: the subset of columns the documentation lists for TERSE. */
export const SHOW_TERSE_USERS: ShowSpec = {
  ...SHOW_USERS,
  cols: SHOW_USERS.cols.filter((x) => ['name', 'created_on', 'display_name', 'first_name', 'last_name', 'email', 'comment', 'has_password', 'has_rsa_public_key', 'type', 'has_mfa'].includes(x.name)),
};

/** SHOW UNIQUE KEYS: the PRIMARY KEYS layout over UNIQUE constraints (docs …/show-unique-keys). */
export const SHOW_UNIQUE_KEYS: ShowSpec = { ...SHOW_PRIMARY_KEYS, from: keyRows('UNIQUE') };

/**
 * SHOW IMPORTED KEYS: one row per foreign-key column, scoped by the referencing (fk) table, with the
 * referenced primary key's name (docs.snowflake.com/en/sql-reference/sql/show-imported-keys).
 */
export const SHOW_IMPORTED_KEYS: ShowSpec = {
  from: `(SELECT f.*, unnest(f.column_names) AS column_name, unnest(f.ref_columns) AS ref_column,
      unnest(generate_series(1, len(f.column_names))) AS key_sequence, pk.constraint_name AS pk_name
    FROM ${M('sf_constraints')} f LEFT JOIN ${M('sf_constraints')} pk ON pk.constraint_type = 'PRIMARY KEY'
      AND pk.database_name = f.ref_database AND pk.schema_name = f.ref_schema AND pk.table_name = f.ref_table
    WHERE f.constraint_type = 'FOREIGN KEY')`,
  scope: 'column',
  nameSql: 'table_name',
  orderBy: 'database_name, schema_name, table_name, key_sequence',
  cols: [
    c('created_on', 'created_on', 'ts'), c('pk_database_name', 'ref_database'), c('pk_schema_name', 'ref_schema'),
    c('pk_table_name', 'ref_table'), c('pk_column_name', 'ref_column'), c('fk_database_name', 'database_name'),
    c('fk_schema_name', 'schema_name'), c('fk_table_name', 'table_name'), c('fk_column_name', 'column_name'),
    c('key_sequence', 'key_sequence', 'num'), c('update_rule', `'NO ACTION'`), c('delete_rule', `'NO ACTION'`),
    c('fk_name', 'constraint_name'), c('pk_name', 'pk_name'), c('deferrability', `'NOT DEFERRABLE'`), c('rely', `'false'`),
    c('comment', 'comment'),
  ],
};
