/**
 * @module test/conformance/cases/ingestion
 * Stages, file formats, PUT / GET / LIST / REMOVE and COPY INTO belong to a later issue: these
 * cases are pending (never run, never counted as passing) and document the expected behaviour.
 */
import { cmd, defineCases, STATUS } from './_define.ts';

const LATER = 'ingestion: stages / file formats / COPY / PUT (later issue)';

export const ingestionCases = defineCases('ingestion', [
  { id: 'stage/create', doc: cmd('create-stage'), sql: `CREATE STAGE my_int_stage`, columns: STATUS, rows: [['Stage area MY_INT_STAGE successfully created.']], pending: LATER },
  { id: 'file-format/create', doc: cmd('create-file-format'), sql: `CREATE FILE FORMAT my_csv TYPE = CSV FIELD_DELIMITER = ','`, columns: STATUS, rows: [['File format MY_CSV successfully created.']], pending: LATER },
  { id: 'stage/list-empty', doc: cmd('list'), setup: [`CREATE STAGE my_int_stage`], sql: `LIST @my_int_stage`, columns: ['name', 'size', 'md5', 'last_modified'], rows: [], pending: LATER },
  { id: 'copy/nothing-to-load', doc: cmd('copy-into-table'), setup: [`CREATE STAGE my_int_stage`, `CREATE TABLE t (a INT)`], sql: `COPY INTO t FROM @my_int_stage`, columns: STATUS, rows: [['Copy executed with 0 files processed.']], pending: LATER },
  { id: 'copy/missing-stage', doc: cmd('copy-into-table'), setup: [`CREATE TABLE t (a INT)`], sql: `COPY INTO t FROM @no_stage`, error: { errno: '002003', sqlState: '02000' }, pending: LATER },
  { id: 'put/file', doc: cmd('put'), sql: `PUT file:///tmp/data.csv @~`, pending: LATER },
  { id: 'get/file', doc: cmd('get'), sql: `GET @~/data.csv file:///tmp/`, pending: LATER },
  { id: 'remove/file', doc: cmd('remove'), sql: `REMOVE @~/data.csv`, pending: LATER },
  { id: 'copy/unload', doc: cmd('copy-into-location'), setup: [`CREATE STAGE my_int_stage`], sql: `COPY INTO @my_int_stage/out FROM (SELECT 1)`, pending: LATER },
  { id: 'show-stages/names', doc: cmd('show-stages'), setup: [`CREATE STAGE my_int_stage`], sql: `SHOW STAGES`, project: ['name'], rows: [['MY_INT_STAGE']], pending: LATER },
  { id: 'infer-schema/pending', doc: 'https://docs.snowflake.com/en/sql-reference/functions/infer_schema', sql: `SELECT * FROM TABLE(INFER_SCHEMA(LOCATION => '@my_int_stage', FILE_FORMAT => 'my_csv'))`, pending: LATER },
]);
