/** 合格证业务 (seed 000): the certificate-of-conformity business; first on the engine: 企业信息变更. */
package cn.autogov.coc;
