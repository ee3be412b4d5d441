import type { Rule } from '../src/engine/rule.ts';
import { all, bodyIsNotPlaceholder, hasDigit, notChecksummedToken } from './lib/messaging-ai-registries-kit.ts';

// nuget.org API keys: `oy2` + 43 lower-case letters and digits (https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys;
// GitHub secret scanning "NuGet API Key"). Feed credentials in NuGet.Config as ClearTextPassword
// (https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials).
export const nugetApiKey: Rule = {
  id: 'nuget-api-key',
  description: 'nuget.org API key',
  docs: 'https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys',
  keywords: ['oy2'],
  regex: /(?<![\w-])(oy2[a-z0-9]{43})(?![\w-])/,
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(3), hasDigit),
  minEntropy: 3.8,
  remediation:
    'Delete or regenerate the key at https://www.nuget.org/account/apikeys, scope the new one to the packages and the push action it needs, and check the packages for versions you did not push.',
  examples: (f) => ({
    match: [
      `NUGET_API_KEY=oy2${f.lowerAlnum(43)}`,
      `dotnet nuget push pkg.nupkg --api-key oy2${f.lowerAlnum(43)} --source https://api.nuget.org/v3/index.json`,
    ],
    noMatch: ['NUGET_API_KEY=oy2...', `NUGET_API_KEY=oy2${'x'.repeat(43)}`, `toy2${f.lowerAlnum(43)}`],
  }),
};

export const nugetConfigPassword: Rule = {
  id: 'nuget-config-password',
  description: 'Clear-text feed password in NuGet.Config',
  docs: 'https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials',
  keywords: ['cleartextpassword'],
  path: ['NuGet.Config', 'NuGet.config', 'nuget.config', '**/NuGet.Config', '**/NuGet.config', '**/nuget.config'],
  regex: /<add\s+(?=[^>]{0,300}\bkey=["']ClearTextPassword["'])[^>]{0,300}?\bvalue=["']([^"']{6,})["']/,
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(0), notChecksummedToken),
  remediation:
    'Revoke the password or PAT at the feed (Azure Artifacts: User settings → Personal access tokens; GitHub Packages: https://github.com/settings/tokens), and reference it as %NUGET_FEED_PASSWORD% or set it with `dotnet nuget update source --store-password-in-clear-text` outside the repository.',
  examples: (f) => ({
    match: [
      {
        path: 'NuGet.Config',
        text: `<packageSourceCredentials>\n  <acme>\n    <add key="Username" value="ci" />\n    <add key="ClearTextPassword" value="${f.b62(52)}" />\n  </acme>\n</packageSourceCredentials>`,
      },
      {
        path: 'src/nuget.config',
        text: `<packageSourceCredentials><feed><add value="${f.password(20)}" key="ClearTextPassword"/></feed></packageSourceCredentials>`,
      },
    ],
    noMatch: [
      { path: 'NuGet.Config', text: '<add key="ClearTextPassword" value="%NUGET_FEED_PASSWORD%" />' },
      { path: 'NuGet.Config', text: '<add key="Username" value="ci" />\n<add key="ClearTextPassword" value="${FEED_PAT}" />' },
      { path: 'NuGet.Config', text: '<add key="Username" value="ci" />\n<add key="ValidAuthenticationTypes" value="basic" />' },
    ],
  }),
};

export const nuget: Rule[] = [nugetApiKey, nugetConfigPassword];
