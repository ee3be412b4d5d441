import type { Rule } from '../src/engine/rule.ts';
import { dbPasswordReason } from './lib/databases-and-saas-kit.ts';

// ADO.NET / ODBC / OLE DB connection strings: `key=value;` pairs where the server key
// (Server, Data Source, Host, Address…) comes first in practice and the password is
// `Password=` or `Pwd=` (ODBC values may be wrapped in braces). Formats:
// https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring
// https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute

export const adoNetConnectionStringPassword: Rule = {
  id: 'ado-net-connection-string-password',
  description: 'ADO.NET / ODBC connection string with a password (Server=…;Password=… or Pwd=…)',
  docs: 'https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax',
  keywords: ['password', 'pwd'],
  // Anchored on the server key so that a lone `password=` assignment (the generic rules' job) does
  // not match; a bounded lazy gap of non-quote characters keeps it inside one string literal.
  regex:
    /(?<![\w-])(?:server|data source|datasource|host|address|addr|network address)[ \t]*=[^;"'\n]{1,200};(?:[^"'\n]{0,400}?;)?[ \t]*(?:password|pwd)[ \t]*=[ \t]*\{?([^;"'\s{}<>]{1,128})/i,
  validate: (secret) => dbPasswordReason(secret) ?? true,
  remediation:
    "Change the login's password (ALTER LOGIN / ALTER USER, or Azure portal → SQL server → Reset password), move the connection string into user secrets, Key Vault or the environment, and prefer Managed Identity / Integrated Security where possible.",
  examples: (f) => ({
    match: [
      `"DefaultConnection": "Server=tcp:acme-prod.database.windows.net,1433;Initial Catalog=orders;Persist Security Info=False;User ID=svc_orders;Password=${f.b62(20)};MultipleActiveResultSets=False;Encrypt=True;"`,
      `var cs = "Data Source=SQLPROD01;Initial Catalog=Billing;User Id=billing_app;Password=${f.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#-_', 18)};";`,
      `ConnectionStrings__Db=Host=pg.internal;Port=5432;Database=app;Username=app;Password=${f.b62(16)}`,
      `Driver={ODBC Driver 18 for SQL Server};Server=sql01.corp;Database=dw;Uid=etl;Pwd={${f.b62(14)}};`,
      `<add name="Main" connectionString="Server=mysql-1;Port=3306;Database=shop;Uid=shop;Pwd=${f.b62(18)};" />`,
    ],
    noMatch: [
      '"DefaultConnection": "Server=(localdb)\\\\mssqllocaldb;Database=aspnet-App;Trusted_Connection=True;MultipleActiveResultSets=true"',
      'Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;',
      'Server=localhost;Database=master;User Id=sa;Password=<YourStrong@Passw0rd>;',
      'Data Source=db;Initial Catalog=app;User ID=sa;Password=$(SA_PASSWORD);',
      'Server=tcp:{server}.database.windows.net;Database=app;User ID=app;Password={your_password};',
      'Host=localhost;Database=app;Username=postgres;Password=postgres',
      'Server=db;Database=app;User Id=app;Password=%DB_PASSWORD%;',
      'password=hunter2',
      `Server=sql01;PasswordHint=${f.b62(6)}x;Database=app;`,
    ],
  }),
};

export const adoNet: Rule[] = [adoNetConnectionStringPassword];
