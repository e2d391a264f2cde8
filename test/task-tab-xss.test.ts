import { aTimeout, expect } from '@open-wc/testing';
import '../src/task-tab/define.ts';
import {
  FakeTaskProvider,
  collectionTask,
  taskAgents,
  taskCustomer,
} from './helpers/fake-tasks.ts';
import { renderTaskTab, shadowText } from './helpers/task-tab-driver.ts';

declare global {
  interface Window {
    __xss?: boolean;
  }
}

const payloads = [
  '<img src=x onerror="window.__xss = true">',
  '<script>window.__xss = true</script>',
  'javascript:window.__xss=true',
  '<svg onload="window.__xss = true"></svg>',
  '"><img src=x onerror=window.__xss=true>',
];

beforeEach(() => {
  sessionStorage.clear();
  window.__xss = false;
});

describe('<task-tab> untrusted text', () => {
  for (const payload of payloads) {
    it(`shows ${payload.slice(0, 24)} as text`, async () => {
      const provider = new FakeTaskProvider(
        [
          collectionTask({
            name: payload,
            template: `${payload} {{customer.name}} **${payload}**\n- ${payload}`,
            script: `{{customer.company.name}} ${payload}`,
            eventOptions: [{ id: 'x', label: payload, requiredFields: [] }],
            fields: [
              {
                path: 'choice',
                label: payload,
                type: 'select',
                options: [{ value: 'a', label: payload }],
              },
              { path: 'note', label: 'Nota', type: 'text' },
            ],
            values: { note: payload },
          }),
        ],
        [taskCustomer({ name: payload, company: { name: payload } })],
        undefined,
        [{ id: 'a1', name: payload }, ...taskAgents.slice(1)],
      );

      const el = await renderTaskTab(provider);
      await aTimeout(50);

      const root = el.shadowRoot!;
      expect(window.__xss).to.equal(false);
      expect(root.querySelector('img, script, svg')).to.equal(null);
      expect(shadowText(el, '[part="title"]')).to.equal(payload);
      expect(shadowText(el, '[part="assignee"]')).to.equal(payload);
      expect(root.querySelector('[part="message"] .placeholder-value')!.textContent).to.equal(
        payload,
      );
      expect(root.querySelector('[part="message"] strong')!.textContent).to.equal(payload);
      expect(root.querySelector('[part="script"] .placeholder-value')!.textContent).to.equal(
        payload,
      );
      expect(shadowText(el, 'fieldset.outcomes label')).to.equal(payload);
      expect(root.querySelector('select option:last-child')!.textContent!.trim()).to.equal(payload);
      expect(root.querySelector<HTMLInputElement>('[data-path="note"] input')!.value).to.equal(
        payload,
      );
    });
  }

  it('shows placeholders as text in a template', async () => {
    const template = '<b>{{customer.name}}</b>';
    const el = await renderTaskTab(new FakeTaskProvider([collectionTask({ template })]));

    expect(shadowText(el, '[part="message"] .template')).to.equal('<b>Maria Souza</b>');
    expect(el.shadowRoot!.querySelector('[part="message"] b')).to.equal(null);
  });
});
