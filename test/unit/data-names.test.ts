import { expect } from '@open-wc/testing';
import {
  cnpjCheckDigit,
  cpfCheckDigit,
  foldForSearch,
  generateCnpj,
  generateCpf,
  generateIdentity,
  isValidCnpj,
  isValidCpf,
} from '../../src/data/names.ts';

describe('generateIdentity', () => {
  it('returns the same identity for the same ID', () => {
    expect(generateIdentity(42, 'male')).to.deep.equal(generateIdentity(42, 'male'));
  });

  it('yields fixed values on every machine', () => {
    // Pinned output of the seeded hash: a change here changes every generated name.
    const identity = generateIdentity(1, 'female');

    expect(identity.name).to.equal('Fernanda Falcão Magalhães');
    expect(identity.document).to.equal('35300039055');
    expect(identity.email).to.equal('fernanda.magalhaes1@example.org');
    expect(identity.phone).to.equal('+5591989792378');
    expect(identity.address).to.deep.equal({ city: 'Belém', state: 'PA' });
    expect(identity.company).to.deep.equal({
      name: 'Ribeiro Alimentos S.A.',
      document: '47730036000194',
      role: 'Desenvolvedor de software',
    });
  });

  it('differs between neighbouring IDs', () => {
    const names = new Set(Array.from({ length: 50 }, (_, index) => generateIdentity(index + 1, 'male').document));

    expect(names.size).to.equal(50);
  });

  it('generates valid documents, phones and e-mails', () => {
    for (let id = 1; id <= 2000; id++) {
      const identity = generateIdentity(id, id % 2 === 0 ? 'female' : 'male');

      expect(isValidCpf(identity.document), identity.document).to.equal(true);
      expect(isValidCnpj(identity.company.document), identity.company.document).to.equal(true);
      expect(identity.phone).to.match(/^\+55\d{2}9\d{8}$/);
      expect(identity.email).to.match(/^[a-z]+\.[a-z]+\d+@example\.(com|net|org)$/);
      expect(identity.name.split(' ').length).to.be.within(2, 3);
    }
  });

  it('uses accented names', () => {
    const names = Array.from({ length: 300 }, (_, index) => generateIdentity(index + 1, 'male').name).join(' ');

    expect(names).to.match(/[ãçéíóôú]/);
  });
});

describe('CPF and CNPJ check digits', () => {
  it('computes the CPF check digits of a known number', () => {
    // 529.982.247-25 is the example CPF of the Receita Federal's documentation.
    expect(cpfCheckDigit([5, 2, 9, 9, 8, 2, 2, 4, 7])).to.equal(2);
    expect(cpfCheckDigit([5, 2, 9, 9, 8, 2, 2, 4, 7, 2])).to.equal(5);
    expect(generateCpf([5, 2, 9, 9, 8, 2, 2, 4, 7])).to.equal('52998224725');
  });

  it('changes a CPF base of equal digits', () => {
    const cpf = generateCpf([1, 1, 1, 1, 1, 1, 1, 1, 1]);

    expect(cpf.slice(0, 9)).to.equal('111111112');
    expect(isValidCpf(cpf)).to.equal(true);
  });

  it('rejects invalid CPFs', () => {
    expect(isValidCpf('52998224724')).to.equal(false);
    expect(isValidCpf('11111111111')).to.equal(false);
    expect(isValidCpf('5299822472')).to.equal(false);
  });

  it('computes the CNPJ check digits of a known number', () => {
    // 11.222.333/0001-81 is a widely used valid example CNPJ.
    expect(cnpjCheckDigit([1, 1, 2, 2, 2, 3, 3, 3, 0, 0, 0, 1])).to.equal(8);
    expect(cnpjCheckDigit([1, 1, 2, 2, 2, 3, 3, 3, 0, 0, 0, 1, 8])).to.equal(1);
    expect(generateCnpj([1, 1, 2, 2, 2, 3, 3, 3])).to.equal('11222333000181');
  });

  it('rejects invalid CNPJs', () => {
    expect(isValidCnpj('11222333000182')).to.equal(false);
    expect(isValidCnpj('00000000000000')).to.equal(false);
  });
});

describe('foldForSearch', () => {
  it('removes accents and case', () => {
    expect(foldForSearch('João Conceição')).to.equal('joao conceicao');
    expect(foldForSearch('ÂNGELO')).to.equal('angelo');
  });
});
