import { describe, expect, it } from 'vitest';
import { escapeHtml, forMunicipality, withName } from '../../src/engine/index.ts';
import type { MunicipalityContent } from '../../src/engine/index.ts';

const brondby = { da: 'Brøndby Kommune', en: 'Brøndby Municipality' };

describe('escapeHtml', () => {
  it('escapes the four characters that matter in HTML text and attribute values, and nothing else', () => {
    expect(escapeHtml('Tom & "Jerry" <b>x</b>')).toBe('Tom &amp; &quot;Jerry&quot; &lt;b&gt;x&lt;/b&gt;');
    expect(escapeHtml("Ærø's § 140 – ok")).toBe("Ærø's § 140 – ok");
    expect(escapeHtml('&&')).toBe('&amp;&amp;');
  });
});

describe('withName', () => {
  it('fills {{name}} in every Danish and English string, at any depth and in arrays, in its language', () => {
    const filled = withName(
      {
        title: { da: 'Kontakt {{name}}', en: 'Contact {{ name }}' },
        steps: [{ da: '{{name}} svarer. {{name}} ringer.', en: '{{name}} answers.' }],
        nested: { deeper: { da: 'Hos {{name}}', en: 'At {{name}}' } },
      },
      brondby,
    );
    expect(filled).toEqual({
      title: { da: 'Kontakt Brøndby Kommune', en: 'Contact Brøndby Municipality' },
      steps: [{ da: 'Brøndby Kommune svarer. Brøndby Kommune ringer.', en: 'Brøndby Municipality answers.' }],
      nested: { deeper: { da: 'Hos Brøndby Kommune', en: 'At Brøndby Municipality' } },
    });
  });

  it('leaves strings outside a language alone, and numbers, booleans and null as they are', () => {
    const input = { id: '{{name}}', count: 3, open: false, none: null, list: ['{{name}}'] };
    expect(withName(input, brondby)).toEqual(input);
  });

  it('escapes the name in rendered HTML, and only there', () => {
    const name = { da: 'A & B <Kommune>', en: 'A & B "Municipality"' };
    const filled = withName(
      { texts: { t: { da: { html: '<p>{{name}}</p>', plain: '{{name}}' }, en: { html: '<p>{{name}}</p>' } } } },
      name,
    );
    expect(filled).toEqual({
      texts: {
        t: {
          da: { html: '<p>A &amp; B &lt;Kommune&gt;</p>', plain: 'A & B <Kommune>' },
          en: { html: '<p>A &amp; B &quot;Municipality&quot;</p>' },
        },
      },
    });
  });

  it('does not change the content it is given', () => {
    const input = { title: { da: '{{name}}', en: '{{name}}' } };
    withName(input, brondby);
    expect(input.title.da).toBe('{{name}}');
  });
});

describe('forMunicipality', () => {
  it("gives the national base the municipality's id and name and fills its name everywhere else", () => {
    const national = {
      municipality: { id: 'national', name: { da: 'kommunen', en: 'the municipality' }, offers: ['guide'] },
      flows: { guide: { title: { da: 'Find tilbud i {{name}}', en: 'Offers in {{name}}' } } },
    } as unknown as MunicipalityContent;
    const filled = forMunicipality(national, { id: 'brondby', name: brondby }) as unknown as typeof national & {
      flows: { guide: { title: { da: string; en: string } } };
    };
    expect(filled.municipality).toEqual({ id: 'brondby', name: brondby, offers: ['guide'] });
    expect(filled.flows.guide.title).toEqual({
      da: 'Find tilbud i Brøndby Kommune',
      en: 'Offers in Brøndby Municipality',
    });
    expect((national.municipality as { id: string }).id).toBe('national');
  });
});
