import type { Fake } from '../src/engine/fake.ts';
import type { Rule } from '../src/engine/rule.ts';
import { ASSIGN, all, anchoredAt, base64Of, mixedCase } from './lib/cloud-and-code-kit.ts';

// Microsoft's "identifiable" service keys carry a 4-character signature at a fixed offset, followed by
// a checksum: 64-byte keys are 76 base64 + signature + 5 + [AQgw]== (88 chars), 32-byte keys are
// 33 + signature + [A-P] + 5 + '=' (44 chars), 39-byte keys 42 + signature + [A-D] + 5 (52 chars).
// Signatures and shapes: https://github.com/microsoft/security-utilities (IdentifiableMetadata.cs,
// Azure64ByteIdentifiableKey.cs, Azure32ByteIdentifiableKey.cs).
const HIS_DOCS = 'https://github.com/microsoft/security-utilities/blob/main/src/Microsoft.Security.Utilities.Core/IdentifiableMetadata.cs';
const B64 = 'A-Za-z0-9+/';

type Shape = 'b64-64' | 'b64-32' | 'b64-39' | 'url-40';

/** Regex source: scanning starts at the signature (see anchoredAt); group 1 is the whole key. */
function shapeSource(shape: Shape, sig: string): string {
  const s = sig.replace('+', '\\+');
  const b64 = `[${B64}]`;
  const url = '[A-Za-z0-9_\\-]';
  switch (shape) {
    case 'b64-64':
      return anchoredAt(s, `${b64}{76}`, `${b64}{5}[AQgw]==`, b64, `[${B64}=]`);
    case 'b64-32':
      return anchoredAt(s, `${b64}{33}`, `[A-P]${b64}{5}=`, b64, `[${B64}=]`);
    case 'b64-39':
      return anchoredAt(s, `${b64}{42}`, `[A-D]${b64}{5}`, b64, `[${B64}=]`);
    case 'url-40':
      return anchoredAt(s, `${url}{44}`, `${url}{5}[AQgw]==`, url, '[A-Za-z0-9_\\-=]');
  }
}

function fakeKey(f: Fake, shape: Shape, sig: string): string {
  const pick = (chars: string) => f.chars(chars, 1);
  switch (shape) {
    case 'b64-64':
      return f.b64(76) + sig + f.b64(5) + pick('AQgw') + '==';
    case 'b64-32':
      return f.b64(33) + sig + pick('ABCDEFGHIJKLMNOP') + f.b64(5) + '=';
    case 'b64-39':
      return f.b64(42) + sig + pick('ABCD') + f.b64(5);
    case 'url-40':
      return f.b64url(44) + sig + f.b64url(5) + pick('AQgw') + '==';
  }
}

interface IdentifiableSpec {
  id: string;
  description: string;
  signature: string;
  shape: Shape;
  remediation: string;
  /** Realistic places the key shows up, given the key. */
  contexts: Array<(key: string) => string>;
}

function identifiable(spec: IdentifiableSpec): Rule {
  return {
    id: spec.id,
    description: spec.description,
    docs: HIS_DOCS,
    keywords: [spec.signature.toLowerCase()],
    regex: new RegExp(shapeSource(spec.shape, spec.signature)),
    minEntropy: 4.0,
    remediation: spec.remediation,
    examples: (f) => ({
      match: spec.contexts.map((ctx) => ctx(fakeKey(f, spec.shape, spec.signature))),
      noMatch: [
        `// identifiable keys carry the ${spec.signature} signature near their end`,
        `key = "${'x'.repeat(spec.shape === 'b64-64' ? 76 : 40)}${spec.signature}${'x'.repeat(8)}"`,
        'AZURE_KEY=${AZURE_KEY}',
      ],
    }),
  };
}

export const azureStorageIdentifiableKey = identifiable({
  id: 'azure-storage-account-key',
  description: 'Azure Storage account access key (identifiable format, +ASt signature)',
  signature: '+ASt',
  shape: 'b64-64',
  remediation:
    'Rotate the key in the Azure portal (Storage account > Security + networking > Access keys > Rotate key); rotating also invalidates SAS tokens signed with it. Prefer Microsoft Entra ID or managed identities.',
  contexts: [
    (k) => `DefaultEndpointsProtocol=https;AccountName=contosodata;AccountKey=${k};EndpointSuffix=core.windows.net`,
    (k) => `const key = "${k}";`,
  ],
});

export const azureCosmosDbIdentifiableKey = identifiable({
  id: 'azure-cosmosdb-key',
  description: 'Azure Cosmos DB account key (identifiable format, ACDb signature)',
  signature: 'ACDb',
  shape: 'b64-64',
  remediation:
    'Regenerate the key in the Azure portal (Cosmos DB account > Settings > Keys > Regenerate), update clients, and prefer Microsoft Entra ID role-based access.',
  contexts: [(k) => `AccountEndpoint=https://orders-db.documents.azure.com:443/;AccountKey=${k};`, (k) => `COSMOS_KEY=${k}`],
});

export const azureBatchKey = identifiable({
  id: 'azure-batch-key',
  description: 'Azure Batch account key (identifiable format, +ABa signature)',
  signature: '+ABa',
  shape: 'b64-64',
  remediation:
    'Regenerate the key in the Azure portal (Batch account > Settings > Keys > Regenerate) and move clients to Microsoft Entra ID authentication.',
  contexts: [(k) => `AZURE_BATCH_ACCESS_KEY=${k}`, (k) => `batch_key: "${k}"`],
});

export const azureApimKey = identifiable({
  id: 'azure-apim-key',
  description: 'Azure API Management key (subscription, gateway, direct management or repository; APIM signature)',
  signature: 'APIM',
  shape: 'b64-64',
  remediation:
    'Regenerate the key in the Azure portal (API Management instance > Subscriptions, Gateways or Management API > Regenerate primary/secondary key).',
  contexts: [(k) => `Ocp-Apim-Subscription-Key: ${k}`, (k) => `APIM_KEY="${k}"`],
});

const SAS_POLICY_ROTATE =
  'Regenerate the key of the shared access policy in the Azure portal (the namespace or entity > Settings > Shared access policies > the policy > Regenerate primary/secondary key) and prefer Microsoft Entra ID / managed identities.';

export const azureServiceBusKey = identifiable({
  id: 'azure-service-bus-key',
  description: 'Azure Service Bus shared access key (identifiable format, +ASb signature)',
  signature: '+ASb',
  shape: 'b64-32',
  remediation: SAS_POLICY_ROTATE,
  contexts: [
    (k) => `Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${k}`,
    (k) => `serviceBusKey: '${k}'`,
  ],
});

export const azureEventHubKey = identifiable({
  id: 'azure-event-hub-key',
  description: 'Azure Event Hubs shared access key (identifiable format, +AEh signature)',
  signature: '+AEh',
  shape: 'b64-32',
  remediation: SAS_POLICY_ROTATE,
  contexts: [
    (k) => `Endpoint=sb://telemetry.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${k};EntityPath=events`,
    (k) => `EVENTHUB_KEY=${k}`,
  ],
});

export const azureRelayKey = identifiable({
  id: 'azure-relay-key',
  description: 'Azure Relay shared access key (identifiable format, +ARm signature)',
  signature: '+ARm',
  shape: 'b64-32',
  remediation: SAS_POLICY_ROTATE,
  contexts: [
    (k) => `Endpoint=sb://bridge.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=${k}`,
    (k) => `relay_key = "${k}"`,
  ],
});

export const azureCacheForRedisKey = identifiable({
  id: 'azure-cache-for-redis-key',
  description: 'Azure Cache for Redis access key (identifiable format, AzCa signature)',
  signature: 'AzCa',
  shape: 'b64-32',
  remediation:
    'Regenerate the key in the Azure portal (Azure Cache for Redis > Settings > Authentication > Access keys > Regenerate) and prefer Microsoft Entra ID authentication.',
  contexts: [(k) => `cache.redis.cache.windows.net:6380,password=${k},ssl=True,abortConnect=False`, (k) => `REDIS_KEY="${k}"`],
});

export const azureIotKey = identifiable({
  id: 'azure-iot-key',
  description: 'Azure IoT Hub / Device Provisioning / device key (identifiable format, AIoT signature)',
  signature: 'AIoT',
  shape: 'b64-32',
  remediation:
    'Regenerate the key in the Azure portal (IoT Hub > Security settings > Shared access policies, or Devices > the device > Regenerate keys) and re-provision the devices that use it.',
  contexts: [(k) => `HostName=plant.azure-devices.net;DeviceId=sensor-12;SharedAccessKey=${k}`, (k) => `IOT_KEY=${k}`],
});

export const azureFunctionIdentifiableKey = identifiable({
  id: 'azure-function-key',
  description: 'Azure Functions host, master or function key (identifiable format, AzFu signature)',
  signature: 'AzFu',
  shape: 'url-40',
  remediation:
    'Renew the key in the Azure portal (Function App > Functions > App keys, or the function > Function Keys > Renew key value) and use Microsoft Entra ID auth for callers.',
  contexts: [(k) => `curl "https://billing-fn.azurewebsites.net/api/charge?code=${k}"`, (k) => `x-functions-key: ${k}`],
});

export const azureSearchKey = identifiable({
  id: 'azure-search-key',
  description: 'Azure AI Search admin or query key (identifiable format, AzSe signature)',
  signature: 'AzSe',
  shape: 'b64-39',
  remediation:
    'Regenerate the admin key or delete the query key in the Azure portal (Search service > Settings > Keys) and prefer role-based access.',
  contexts: [(k) => `AZURE_SEARCH_KEY=${k}`, (k) => `headers: { "api-key": "${k}" }`],
});

export const azureContainerRegistryKey = identifiable({
  id: 'azure-container-registry-key',
  description: 'Azure Container Registry access key / admin password (identifiable format, +ACR signature)',
  signature: '+ACR',
  shape: 'b64-39',
  remediation:
    'Regenerate the password in the Azure portal (Container registry > Settings > Access keys > Regenerate), or disable the admin user and use tokens or managed identities.',
  contexts: [(k) => `docker login contoso.azurecr.io -u contoso -p ${k}`, (k) => `ACR_PASSWORD=${k}`],
});

// Legacy (non-identifiable) keys have no signature, so they need the connection string around them.
// Connection string format: https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string
export const azureCosmosDbConnectionKey: Rule = {
  id: 'azure-cosmosdb-connection-key',
  description: 'Azure Cosmos DB account key in a connection string or Cosmos setting',
  docs: 'https://learn.microsoft.com/en-us/azure/cosmos-db/secure-access-to-data',
  keywords: ['documents.azure.com', 'cosmos'],
  regex: new RegExp(
    String.raw`(?:documents\.azure\.com[^\s"'\x60;]{0,80};\s?AccountKey=|cosmos\w{0,30}?(?:key|secret)\w{0,6}${ASSIGN})([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])`,
    'i',
  ),
  minEntropy: 4.5,
  validate: all(mixedCase, base64Of(64)),
  remediation: azureCosmosDbIdentifiableKey.remediation,
  examples: (f) => ({
    match: [
      `AccountEndpoint=https://orders-db.documents.azure.com:443/;AccountKey=${f.base64Bytes(64)};`,
      `COSMOS_DB_KEY="${f.base64Bytes(64)}"`,
      `"CosmosPrimaryKey": "${f.base64Bytes(64)}"`,
    ],
    noMatch: [
      'AccountEndpoint=https://orders-db.documents.azure.com:443/;AccountKey=${COSMOS_KEY};',
      'COSMOS_DB_KEY=<primary-key>',
      `COSMOS_DB_ENDPOINT=https://orders-db.documents.azure.com:443/`,
    ],
  }),
};

export const azureStorageConnectionKey: Rule = {
  id: 'azure-storage-connection-key',
  description: 'Azure Storage account key in a connection string (AccountKey=) or storage setting',
  docs: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string',
  keywords: ['accountkey', 'storage_account', 'storageaccount', 'storage-account', 'azure_storage', 'azurestorage', 'azure-storage'],
  regex: new RegExp(
    String.raw`(?:\bAccountKey=|(?:azure[_.\-]?storage|storage[_.\-]?account)\w{0,20}?key\w{0,6}${ASSIGN})([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])`,
    'i',
  ),
  minEntropy: 4.5,
  validate: all(mixedCase, base64Of(64)),
  remediation: azureStorageIdentifiableKey.remediation,
  examples: (f) => ({
    match: [
      `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=contosodata;AccountKey=${f.base64Bytes(64)};EndpointSuffix=core.windows.net"`,
      `storage_account_key = "${f.base64Bytes(64)}"`,
      `<add key="StorageConnection" value="DefaultEndpointsProtocol=https;AccountName=logs;AccountKey=${f.base64Bytes(64)}" />`,
    ],
    noMatch: [
      'AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=${STORAGE_KEY}"',
      'storage_account_key = "<storage-account-key>"',
      'AccountKey=your-account-key-here',
    ],
  }),
};

// Service Bus, Event Hubs, Relay and IoT Hub connection strings: `SharedAccessKey=` + base64 of 32 bytes.
export const azureSharedAccessKey: Rule = {
  id: 'azure-shared-access-key',
  description: 'Azure Service Bus / Event Hubs / IoT Hub / Relay shared access key in a connection string',
  docs: 'https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas',
  keywords: ['sharedaccesskey='],
  regex: /\bSharedAccessKey=([A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/,
  minEntropy: 4.0,
  validate: all(mixedCase, base64Of(32)),
  remediation: SAS_POLICY_ROTATE,
  examples: (f) => ({
    match: [
      `SERVICEBUS_CONNECTION="Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${f.base64Bytes(32)}"`,
      `HostName=plant.azure-devices.net;DeviceId=sensor-12;SharedAccessKey=${f.base64Bytes(32)}`,
    ],
    noMatch: [
      'Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>',
      'Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${SB_KEY}',
    ],
  }),
};

// A shared access signature is a URL query whose `sig` is base64(HMAC-SHA256) = 44 characters,
// URL-encoded. `sv=<date>` (the service version) is always present before `sig`.
// https://learn.microsoft.com/en-us/rest/api/storageservices/create-service-sas
export const azureSasToken: Rule = {
  id: 'azure-sas-token',
  description: 'Azure shared access signature (SAS) token in a URL or connection string',
  docs: 'https://learn.microsoft.com/en-us/rest/api/storageservices/create-service-sas',
  keywords: ['sig='],
  // Storage SAS carry `sv=<date>` before `sig`; Service Bus / Event Hubs SAS tokens read
  // `SharedAccessSignature sr=<uri>&sig=<sig>&se=<expiry>&skn=<policy>`.
  regex: /(?:\bsv=\d{4}-\d\d-\d\d&|SharedAccessSignature\s{1,3}sr=)[^\s"'<>\x60]{0,400}?\bsig=([A-Za-z0-9%+/]{40,130})(?![A-Za-z0-9%+/=])/,
  validate: (secret) => {
    let sig: string;
    try {
      sig = decodeURIComponent(secret);
    } catch {
      return 'sig is not URL-encoded base64';
    }
    return base64Of(32)(sig) === true ? mixedCase(sig) : 'sig does not decode to a 32-byte HMAC';
  },
  remediation:
    'Revoke the SAS: rotate the storage account key that signed it (or delete the stored access policy / revoke user delegation keys), then issue short-lived SAS tokens at runtime instead of committing them.',
  examples: (f) => {
    const sig = () => encodeURIComponent(f.base64Bytes(32));
    return {
      match: [
        `https://contosodata.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2026-01-01T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=${sig()}`,
        `BlobEndpoint=https://contosodata.blob.core.windows.net/;SharedAccessSignature=sv=2021-08-06&ss=bfqt&srt=co&sp=rwdl&se=2025-06-30T18:00:00Z&sig=${sig()}`,
        `Authorization: SharedAccessSignature sr=https%3A%2F%2Forders.servicebus.windows.net%2Fqueue&sig=${sig()}&se=1735689600&skn=send`,
      ],
      noMatch: [
        'https://contosodata.blob.core.windows.net/c/f.txt?sv=2022-11-02&sp=r&sig=<signature>',
        'https://contosodata.blob.core.windows.net/c/f.txt?sv=2022-11-02&sp=r&se=2025-01-01&sig=${SAS_SIG}',
        `https://example.org/api?v=1&sig=${f.base64Bytes(32)}`,
      ],
    };
  },
};

// Microsoft Entra ID (Azure AD) client secrets: 3 characters, a digit, `Q~`, then 31–34 more.
// https://learn.microsoft.com/en-us/purview/sit-defn-azure-ad-client-secret
export const azureAdClientSecret: Rule = {
  id: 'azure-ad-client-secret',
  description: 'Microsoft Entra ID (Azure AD) application client secret',
  docs: 'https://learn.microsoft.com/en-us/purview/sit-defn-azure-ad-client-secret',
  keywords: ['q~'],
  regex: /(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
  minEntropy: 3.8,
  validate: (secret) => mixedCase(secret.slice(6)),
  remediation:
    'Delete the secret in the Microsoft Entra admin center (App registrations > the app > Certificates & secrets), add a new one (or a certificate / federated credential), and review the sign-in logs of the service principal.',
  examples: (f) => {
    const secret = () => f.b62(3) + f.digits(1) + 'Q~' + f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_~.-', 34);
    return {
      match: [`AZURE_CLIENT_SECRET=${secret()}`, `"ClientSecret": "${secret()}",`, `client_secret: '${secret()}'`],
      noMatch: [
        'AZURE_CLIENT_SECRET=bP88Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        '.ui.visible.right.sidebar~.ui.visible.left.sidebar~.pusher{transform:translate3d(0,0,0)}',
        'AZURE_CLIENT_SECRET=${AZURE_CLIENT_SECRET}',
        `url = "http://www.2doc.nl/speel~VARA_101375237~mh17-het-verdriet-van-nederland~.html"`,
      ],
    };
  },
};

// Azure DevOps PATs issued since 2024 use Microsoft's common annotated key format: 52 base62
// characters, the `JQQJ99` marker, and the `AZDO` provider signature at offset 76 (84 in all).
// https://devblogs.microsoft.com/devops/new-pat-format/  (shape: security-utilities SEC101_200)
export const azureDevopsPat: Rule = {
  id: 'azure-devops-pat',
  description: 'Azure DevOps personal access token (84-character format with AZDO signature)',
  docs: 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
  keywords: ['azdo'],
  // Found from its JQQJ9 marker; group 1 is the whole 84-character key.
  regex: new RegExp(anchoredAt('JQQJ9', '[A-Za-z0-9]{52}', '[9D][A-Za-z0-9]{18}AZDO[A-Za-z0-9]{4}', '[A-Za-z0-9]', '[A-Za-z0-9]')),
  minEntropy: 4.0,
  remediation:
    'Revoke the token in Azure DevOps (User settings > Personal access tokens > Revoke; organisation admins can revoke any PAT under Organization settings > Microsoft Entra), then create a short-lived, minimally scoped one.',
  examples: (f) => {
    const pat = () => f.b62(52) + 'JQQJ99' + f.b62(18) + 'AZDO' + f.b62(4);
    return {
      match: [`AZURE_DEVOPS_EXT_PAT=${pat()}`, `git clone https://build:${pat()}@dev.azure.com/contoso/app/_git/app`, `token = "${pat()}"`],
      noMatch: [
        `AZURE_DEVOPS_EXT_PAT=${f.b62(52)}JQQJ99${'x'.repeat(18)}AZDO${'x'.repeat(4)}`,
        'AZURE_DEVOPS_EXT_PAT=$(System.AccessToken)',
        `azdo_project = "${f.lowerAlnum(12)}"`,
      ],
    };
  },
};

// Older PATs are 52 lower-case base32 characters with no marker: only flagged next to an
// Azure DevOps setting name or inside a dev.azure.com / visualstudio.com URL.
export const azureDevopsPatLegacy: Rule = {
  id: 'azure-devops-pat-legacy',
  description: 'Azure DevOps personal access token (legacy 52-character format, with context)',
  docs: 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
  keywords: ['devops', 'vsts', 'azdo', 'dev.azure.com', 'visualstudio.com', 'ado_pat', 'ado_token', 'ado-pat', 'ado-token'],
  regex: new RegExp(
    String.raw`(?:(?:azure[_.\-]?devops|devops|vsts|azdo|ado)\w{0,20}?(?:pat|token|password|pwd)\w{0,6}${ASSIGN}|https://[^\s:@/"']{0,40}:)([a-z2-7]{52})(?![A-Za-z0-9])(?:@(?:dev\.azure\.com|[\w-]+\.visualstudio\.com))?`,
    'i',
  ),
  minEntropy: 3.8,
  validate: (secret, m) => {
    if (!/^[a-z2-7]{52}$/.test(secret)) return 'not lower-case base32';
    // The URL form only counts when the host really is Azure DevOps.
    if (m[0].startsWith('https://') && !m[0].includes('@')) return 'URL credential for another host';
    return /\d/.test(secret) ? true : 'no digit';
  },
  remediation: azureDevopsPat.remediation,
  examples: (f) => {
    const pat = () => f.chars('abcdefghijklmnopqrstuvwxyz234567', 51) + f.digits(1).replace(/[0189]/, '5');
    return {
      match: [
        `AZURE_DEVOPS_PAT=${pat()}`,
        `git remote add origin https://build:${pat()}@dev.azure.com/contoso/app/_git/app`,
        `"vstsToken": "${pat()}"`,
      ],
      noMatch: [
        'AZURE_DEVOPS_PAT=$(AZURE_DEVOPS_PAT)',
        'AZURE_DEVOPS_PAT=<personal-access-token>',
        `AZURE_DEVOPS_ORG=https://dev.azure.com/contoso`,
      ],
    };
  },
};

// Azure AI services (Cognitive Services, Azure OpenAI, Speech, Vision…) keys issued since 2024 are
// 84-character common annotated keys with the ACOG provider signature at offset 76.
export const azureAiServicesKey: Rule = {
  id: 'azure-ai-services-key',
  description: 'Azure AI services / Azure OpenAI key (84-character format with ACOG signature)',
  docs: 'https://learn.microsoft.com/en-us/azure/ai-services/authentication',
  keywords: ['acog'],
  regex: new RegExp(anchoredAt('JQQJ9', '[A-Za-z0-9]{52}', '[9D][A-Za-z0-9]{18}ACOG[A-Za-z0-9]{4}', '[A-Za-z0-9]', '[A-Za-z0-9]')),
  minEntropy: 4.0,
  remediation:
    'Regenerate the key in the Azure portal (the AI services / OpenAI resource > Resource Management > Keys and Endpoint > Regenerate Key) and prefer Microsoft Entra ID with managed identities.',
  examples: (f) => {
    const key = () => f.b62(52) + 'JQQJ99' + f.b62(18) + 'ACOG' + f.b62(4);
    return {
      match: [`AZURE_OPENAI_API_KEY=${key()}`, `client = AzureOpenAI(api_key="${key()}", api_version="2024-06-01")`, `SPEECH_KEY=${key()}`],
      noMatch: [
        'AZURE_OPENAI_API_KEY=${AZURE_OPENAI_API_KEY}',
        `AZURE_OPENAI_API_KEY=${'x'.repeat(52)}JQQJ99${'x'.repeat(18)}ACOG${'x'.repeat(4)}`,
      ],
    };
  },
};

// Legacy Functions keys (no signature) travel in the `code` query parameter or `x-functions-key` header.
// https://learn.microsoft.com/en-us/azure/azure-functions/function-keys-how-to
export const azureFunctionKeyInUrl: Rule = {
  id: 'azure-function-key-in-url',
  description: 'Azure Functions key in a function URL (?code=) or x-functions-key header',
  docs: 'https://learn.microsoft.com/en-us/azure/azure-functions/function-keys-how-to',
  keywords: ['azurewebsites.net', 'x-functions-key'],
  regex: new RegExp(
    String.raw`(?:https://[\w-]{1,60}\.azurewebsites\.net/api/[^\s?"'#]{1,100}\?(?:[^\s"'#]{0,200}&)?code=|x-functions-key${ASSIGN})([A-Za-z0-9_\-/+]{40,60}(?:==|%3D%3D)?)(?![A-Za-z0-9_\-/+=%])`,
    'i',
  ),
  minEntropy: 4.0,
  validate: mixedCase,
  remediation: azureFunctionIdentifiableKey.remediation,
  examples: (f) => ({
    match: [
      `const url = "https://billing-fn.azurewebsites.net/api/HttpTrigger1?code=${f.b64url(54)}==";`,
      `curl -H "x-functions-key: ${f.b64url(54)}==" https://billing-fn.azurewebsites.net/api/charge`,
    ],
    noMatch: [
      'https://billing-fn.azurewebsites.net/api/HttpTrigger1?code=<function-key>',
      'https://billing-fn.azurewebsites.net/api/HttpTrigger1?code=${FUNCTION_KEY}',
      'https://billing-fn.azurewebsites.net/api/HttpTrigger1?name=world',
    ],
  }),
};

// App Configuration connection strings: `Endpoint=https://<name>.azconfig.io;Id=<id>;Secret=<base64 of 32 bytes>`.
export const azureAppConfigurationKey: Rule = {
  id: 'azure-app-configuration-key',
  description: 'Azure App Configuration access key in a connection string',
  docs: 'https://learn.microsoft.com/en-us/azure/azure-app-configuration/howto-disable-access-key-authentication',
  keywords: ['azconfig.io'],
  regex: /azconfig\.io;\s?Id=[^;\s"']{1,60};\s?Secret=([A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/,
  minEntropy: 4.0,
  validate: all(mixedCase, base64Of(32)),
  remediation:
    'Regenerate the key in the Azure portal (App Configuration store > Settings > Access settings > Regenerate) and prefer Microsoft Entra ID.',
  examples: (f) => ({
    match: [`APP_CONFIG="Endpoint=https://settings-prod.azconfig.io;Id=${f.b62(4)}-l0-s0:${f.b62(20)};Secret=${f.base64Bytes(32)}"`],
    noMatch: [
      'APP_CONFIG="Endpoint=https://settings-prod.azconfig.io;Id=abcd;Secret=${APP_CONFIG_SECRET}"',
      'Endpoint=https://settings-prod.azconfig.io',
    ],
  }),
};

// SignalR / Web PubSub connection strings: `Endpoint=https://<name>.service.signalr.net;AccessKey=<key>;Version=1.0;`.
export const azureSignalrAccessKey: Rule = {
  id: 'azure-signalr-access-key',
  description: 'Azure SignalR / Web PubSub access key in a connection string',
  docs: 'https://learn.microsoft.com/en-us/azure/azure-signalr/concept-connection-string',
  keywords: ['signalr.net', 'webpubsub.azure.com'],
  regex:
    /(?:service\.signalr\.net|webpubsub\.azure\.com)[^\s;"']{0,10};\s?AccessKey=([A-Za-z0-9+/]{43}=|[A-Za-z0-9]{84})(?![A-Za-z0-9+/=])/,
  minEntropy: 4.0,
  validate: mixedCase,
  remediation:
    'Regenerate the key in the Azure portal (SignalR / Web PubSub resource > Settings > Keys > Regenerate) and prefer Microsoft Entra ID.',
  examples: (f) => ({
    match: [
      `Azure__SignalR__ConnectionString=Endpoint=https://chat-prod.service.signalr.net;AccessKey=${f.base64Bytes(32)};Version=1.0;`,
      `const cs = "Endpoint=https://hub.webpubsub.azure.com;AccessKey=${f.b62(52)}JQQJ99${f.b62(26)};Version=1.0;";`,
    ],
    noMatch: [
      'Endpoint=https://chat-prod.service.signalr.net;AccessKey=<access-key>;Version=1.0;',
      'Endpoint=https://chat-prod.service.signalr.net;AuthType=azure.msi;Version=1.0;',
    ],
  }),
};

export const azure: Rule[] = [
  // Identifiable keys first: where a connection string holds one, the precise rule reports it.
  azureStorageIdentifiableKey,
  azureCosmosDbIdentifiableKey,
  azureBatchKey,
  azureApimKey,
  azureServiceBusKey,
  azureEventHubKey,
  azureRelayKey,
  azureCacheForRedisKey,
  azureIotKey,
  azureFunctionIdentifiableKey,
  azureSearchKey,
  azureContainerRegistryKey,
  azureDevopsPat,
  azureAiServicesKey,
  azureAdClientSecret,
  // Context rules for legacy keys; Cosmos before Storage (both use AccountKey=).
  azureCosmosDbConnectionKey,
  azureStorageConnectionKey,
  azureSharedAccessKey,
  azureSasToken,
  azureDevopsPatLegacy,
  azureFunctionKeyInUrl,
  azureAppConfigurationKey,
  azureSignalrAccessKey,
];
