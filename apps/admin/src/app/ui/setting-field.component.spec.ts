import { TestBed } from '@angular/core/testing';

import { SettingFieldComponent, type SettingFieldView } from './setting-field.component';

async function render(field: SettingFieldView, value = '', error = '') {
  const fixture = TestBed.createComponent(SettingFieldComponent);
  fixture.componentRef.setInput('field', field);
  fixture.componentRef.setInput('idPrefix', 'torrent');
  fixture.componentRef.setInput('value', value);
  fixture.componentRef.setInput('error', error);
  const typed: string[] = [];
  fixture.componentInstance.valueChange.subscribe((v) => typed.push(v));
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return { fixture, element, typed, input: element.querySelector('input')! };
}

describe('SettingFieldComponent', () => {
  it('masks a secret, labels an optional field and names the input after its prefix', async () => {
    const { element, input } = await render({ name: 'password', label: 'Password', secret: true }, '********abcd');
    expect(input.id).toBe('torrent-password');
    expect(input.type).toBe('password');
    expect(input.value).toBe('********abcd');
    expect(element.querySelector('label')!.textContent).toBe('Password (optional)');
    expect(element.querySelector('label')!.htmlFor).toBe('torrent-password');
  });

  it('shows a required field as text and hands on what is typed', async () => {
    const { element, input, typed } = await render({ name: 'url', label: 'URL', required: true });
    expect(input.type).toBe('text');
    expect(element.querySelector('label')!.textContent).toBe('URL');
    input.value = 'http://qbittorrent:8080';
    input.dispatchEvent(new Event('input'));
    expect(typed).toEqual(['http://qbittorrent:8080']);
  });

  it('shows its message underneath and marks the input invalid', async () => {
    const { element, input } = await render({ name: 'url', label: 'URL', required: true }, '', 'url must be http(s)');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('torrent-url-error');
    expect(element.querySelector('#torrent-url-error')!.textContent).toBe('url must be http(s)');
  });
});
