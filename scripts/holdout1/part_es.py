# Held-out set holdout1, Spanish messages. Written blind.
from common import add, R, IGN, INC, TASK, FU, AUTH, SPAM_HDR, HTML, html, LATIN1, CP1252

# ---------------------------------------------------------------- requests

add("es-01-acceso-formal", "Javier Morales Ortega <javier.morales@telefonica.example>", "Ejercicio del derecho de acceso",
    """Muy señores míos:

Por medio del presente escrito ejercito el derecho de acceso previsto en el artículo 15 del
Reglamento (UE) 2016/679 y en el artículo 13 de la Ley Orgánica 3/2018, de Protección de Datos
Personales y garantía de los derechos digitales.

Solicito que se me facilite copia de los datos personales que son objeto de tratamiento, los
fines del tratamiento, los destinatarios y el plazo de conservación.

Titular de la línea 612 55 48 21. DNI 12345678Z.

Atentamente,
Javier Morales Ortega
C/ Alcalá 145, 3º B
28009 Madrid
""",
    R(["Access"], "javier.morales@telefonica.example", "Javier", "Morales Ortega"))

add("es-02-baja-borrar", "Lucía Serrano <lucia.serrano@gmail.example>", "baja",
    "Hola, quiero darme de baja y que borren todos mis datos. Gracias.\n\nLucía Serrano\n",
    R(["Erasure"], "lucia.serrano@gmail.example", "Lucía", "Serrano"))

add("es-03-lista-robinson", "Antonio Jiménez <antonio.jimenez@hotmail.example>", "Llamadas comerciales",
    """Buenas tardes:

Estoy inscrito en la Lista Robinson y aun así me llaman de su compañía dos o tres veces por
semana para ofrecerme fibra y móvil. Me opongo a que utilicen mis datos para llamadas
comerciales. Les pido que me eliminen de sus listas de llamadas.

Antonio Jiménez
Teléfono: 655 12 98 30
""",
    R(["Opposition"], "antonio.jimenez@hotmail.example", "Antonio", "Jiménez"))

add("es-04-dni-mal", "Raquel Navarro <raquel.navarro@yahoo.example>", "Error en mis datos",
    """Hola,

En mi contrato aparece mal mi DNI (pone 43876512-K y es 43876521-K) y por eso no puedo acceder al
área de clientes. ¿Pueden corregirlo, por favor?

Un saludo,
Raquel Navarro
""",
    R(["Rectification"], "raquel.navarro@yahoo.example", "Raquel", "Navarro"))

add("es-05-portabilidad", "Diego Castillo <diego.castillo@proton.example>", "Solicitud de portabilidad de datos (art. 20 RGPD)",
    """Hola:

No me refiero a la portabilidad del número. Solicito, conforme al artículo 20 del RGPD, que me
envíen los datos personales que les he facilitado y mi historial de consumo en un formato
estructurado y de lectura mecánica (CSV o JSON) para poder transmitirlos a otro operador.

Saludos,
Diego Castillo
""",
    R(["Portability"], "diego.castillo@proton.example", "Diego", "Castillo"))

add("es-06-financiacion-rechazada", "Carmen Vega <carmen.vega@outlook.example>", "Me han denegado la financiación",
    """Buenos días,

Intenté comprar un móvil a plazos en su web y el sistema me lo denegó al momento, sin que nadie
revisara mi solicitud. Tengo nómina fija y no estoy en ningún fichero de morosos. Quiero que una
persona revise la decisión y que me expliquen en qué se ha basado.

Carmen Vega
""",
    R(["AutomatedDecision"], "carmen.vega@outlook.example", "Carmen", "Vega"))

add("es-07-con-quien-comparten", "Manuel Rubio <manuel.rubio@gmail.example>", "Pregunta sobre mis datos",
    """Hola,

Desde que contraté con ustedes me llaman de una financiera y de un seguro de hogar. ¿Ceden mis
datos a otras empresas? ¿A cuáles y con qué base? No encuentro nada claro en su política de
privacidad.

Gracias,
Manuel Rubio
""",
    R(["Information"], "manuel.rubio@gmail.example", "Manuel", "Rubio"))

add("es-08-acceso-y-supresion", "Elena Prieto <elena.prieto@telefonica.example>", "Mis datos personales",
    """Buenas,

Quisiera saber qué datos personales tienen sobre mí y recibir una copia. Una vez recibida, solicito
la supresión de todos ellos.

Un saludo
Elena Prieto
""",
    R(["Access", "Erasure"], "elena.prieto@telefonica.example", "Elena", "Prieto"))

add("es-09-baja-newsletter-borrar", "Pablo Herrera <pablo.herrera@gmail.example>", "Re: ¡Ofertas Black Friday solo hoy!",
    """Dejen de enviarme publicidad y borren mi correo de su base de datos. Nunca me he registrado.

Pablo

El vie, 13 nov 2026 a las 9:00, Acme Ofertas <ofertas@news.acme-corp.example> escribió:
> ¡Ofertas Black Friday solo hoy! Hasta un 60 % de descuento.
""",
    R(["Opposition", "Erasure"], "pablo.herrera@gmail.example", "Pablo", "Herrera"))

add("es-10-abogado-acceso", "Ignacio Soler <isoler@soler-abogados.example>", "Derecho de acceso - D. Alberto Campos Gil",
    """Muy Sres. míos:

Me dirijo a ustedes en nombre y representación de D. Alberto Campos Gil, con DNI 50112233-H,
según poder que se adjunta, al objeto de ejercitar el derecho de acceso a sus datos personales
(art. 15 RGPD), incluidas las grabaciones de las llamadas mantenidas con su servicio de atención
al cliente entre junio y octubre de 2026.

Ruego remitan la información a este despacho.

Atentamente,
Ignacio Soler
Abogado, Colegiado 77.412 ICAM
Soler Abogados - Paseo de la Castellana 95, Madrid
""",
    R(["Access"], "isoler@soler-abogados.example", "Alberto", "Campos Gil", representative="Ignacio Soler"))

add("es-11-madre-hija-menor", "Rosa Delgado <rosa.delgado@hotmail.example>", "Cuenta de mi hija menor de edad",
    """Hola,

Mi hija Paula Delgado tiene 14 años y se ha registrado en su tienda online. No tenía mi permiso.
Como madre y representante legal solicito que borren su cuenta y todos sus datos.

Rosa Delgado
""",
    R(["Erasure"], "rosa.delgado@hotmail.example", "Paula", "Delgado", representative="Rosa Delgado"))

add("es-12-padre-fallecido", "Fernando Ibáñez <fernando.ibanez@gmail.example>", "Fallecimiento del titular",
    """Buenos días:

Les comunico que mi padre, D. José Luis Ibáñez Torres, titular de la línea fija 91 555 22 10,
falleció el pasado 25 de octubre. Como heredero solicito la baja del servicio y la supresión de
sus datos personales. Adjunto certificado de defunción y libro de familia.

Atentamente,
Fernando Ibáñez
""",
    R(["Erasure"], "fernando.ibanez@gmail.example", "José Luis", "Ibáñez Torres", representative="Fernando Ibáñez"))

add("es-13-limitacion-morosos", "Sergio Domínguez <sergio.dominguez@yahoo.example>", "Limitación del tratamiento",
    """Estimados señores:

He reclamado la factura de septiembre, que considero incorrecta. Mientras se resuelve la
reclamación solicito la limitación del tratamiento de mis datos (art. 18 RGPD) y, en
particular, que no me incluyan en ningún fichero de morosos.

Sergio Domínguez
""",
    R(["Restriction"], "sergio.dominguez@yahoo.example", "Sergio", "Domínguez"))

add("es-14-reenvio-de-enviado", "Marta Gil <marta.gil@acme-corp.example>", "RV: cambio de apellido",
    """Os reenvío esto que ha llegado a atención al cliente.

Marta

De: Beatriz Cano <beatriz.cano@gmail.example>
Enviado: domingo, 15 de noviembre de 2026 18:22
Para: atencion.cliente@acme-corp.example
Asunto: cambio de apellido

Hola, mi segundo apellido está mal escrito en todas las facturas (pone Cano Ruíz y es Cano
Ruiz, sin tilde). ¿Lo pueden corregir?
Beatriz Cano Ruiz
""",
    R(["Rectification"], "beatriz.cano@gmail.example", "Beatriz", "Cano Ruiz"))

add("es-15-html-acceso", "Álvaro Méndez <alvaro.mendez@live.example>", "Solicitud",
    html("Buenos días:",
         "Solicito una copia de todos los datos personales que su empresa conserva sobre mí, "
         "incluidas las grabaciones de llamadas.",
         "Número de cliente: 77001245",
         "Saludos,<br>Álvaro Méndez"),
    R(["Access"], "alvaro.mendez@live.example", "Álvaro", "Méndez"), ct=HTML)

add("es-16-derechos-arco", "Luis Pastor <luis.pastor@gmail.example>", "Derechos ARCO",
    "Buenas, quiero ejercer mis derechos ARCO. ¿Dónde tengo que enviar la solicitud?\n\nLuis Pastor\n",
    R(["Unknown"], "luis.pastor@gmail.example", "Luis", "Pastor"))

add("es-17-cobertura-y-sms", "Nuria Santos <nuria.santos@movistar.example>", "Sin cobertura",
    """Hola,

Desde hace dos semanas no tengo cobertura en casa (Calle Mayor 12, Alcobendas). ¿Hay alguna
avería en la zona?

Y otra cosa: dejen de mandarme SMS con ofertas, no los quiero.

Nuria Santos
""",
    R(["Opposition"], "nuria.santos@movistar.example", "Nuria", "Santos"))

add("es-18-xfa-borrad", "<dani_rm99@hotmail.example>", "datos",
    "hola xfa borrad mis datos q no soy cliente vuestro y me llegan correos cada dia. dani\n",
    R(["Erasure"], "dani_rm99@hotmail.example", "Dani", None))

add("es-19-latin1-acceso", "Concepción Muñoz <concepcion.munoz@terra.example>", "Solicitud de información de mis datos",
    """Señores:

Solicito que me indiquen qué datos míos tienen guardados y me envíen una copia por correo
electrónico o postal.

Muchas gracias.
Concepción Muñoz
""",
    R(["Access"], "concepcion.munoz@terra.example", "Concepción", "Muñoz"),
    encode="latin-1", ct=LATIN1)

add("es-20-mayusculas", "<paco.romero@telefonica.example>", "NO ME LLAMEN MAS",
    "NO ME LLAMEN MAS PARA VENDERME NADA. YA SE LO HE DICHO 10 VECES A SUS COMERCIALES.\nFRANCISCO ROMERO\n",
    R(["Opposition"], "paco.romero@telefonica.example", "Francisco", "Romero"))

add("es-21-iphone-acceso", "Irene Molina <irene.molina@icloud.example>", "Datos",
    "Hola, ¿me pueden enviar todos los datos que tienen míos? Gracias\n\nEnviado desde mi iPhone\n",
    R(["Access"], "irene.molina@icloud.example", "Irene", "Molina"))

add("es-22-foto-dni", "Adrián Ramos <adrian.ramos@gmail.example>", "¿Por qué necesitan foto de mi DNI?",
    """Hola,

Para activar la tarjeta SIM me piden subir una foto del DNI por las dos caras y un selfie. ¿Para
qué lo necesitan, cuánto tiempo lo guardan y quién tiene acceso? Antes de enviarlo quiero
saberlo.

Adrián Ramos
""",
    R(["Information"], "adrian.ramos@gmail.example", "Adrián", "Ramos"))

add("es-23-direccion-y-copia", "Teresa Lozano <teresa.lozano@orange.example>", "Actualización de dirección",
    """Hola,

Me he mudado. Nueva dirección: Avda. de la Constitución 33, 2º izq., 41001 Sevilla. Por favor,
actualícenla y envíenme después una copia de los datos que tienen para comprobar que todo está
bien.

Teresa Lozano
""",
    R(["Rectification", "Access"], "teresa.lozano@orange.example", "Teresa", "Lozano"))

add("es-24-copia-y-exportar", "Óscar Peña <oscar.pena@gmail.example>", "Mis datos y mis pedidos",
    """Buenas tardes,

Querría una copia de mis datos personales y, además, un fichero descargable (CSV o Excel) con el
histórico de mis pedidos para poder llevármelo a otra tienda.

Gracias,
Óscar Peña
""",
    R(["Access", "Portability"], "oscar.pena@gmail.example", "Óscar", "Peña"))

add("es-25-replyto-familiar", "Familia Ortiz <familiaortiz@telefonica.example>", "Borrar mis datos",
    """Hola, soy Andrea Ortiz. Quiero que eliminen mi cuenta y mis datos. Respondan por favor a mi
correo personal.

Andrea Ortiz
""",
    R(["Erasure"], "andrea.ortiz.v@gmail.example", "Andrea", "Ortiz"),
    headers=["Reply-To: Andrea Ortiz <andrea.ortiz.v@gmail.example>"])

add("es-26-hijo-madre-poder", "Ricardo Blanco <ricardo.blanco@yahoo.example>", "Contratos de mi madre",
    """Buenos días:

Tengo un poder notarial general de mi madre, Dña. Pilar Reyes Blanco, de 88 años. Necesito saber
qué servicios tiene contratados con ustedes y qué datos personales suyos constan, porque le
están llegando cargos que no entiende. Adjunto copia del poder.

Ricardo Blanco
""",
    R(["Access"], "ricardo.blanco@yahoo.example", "Pilar", "Reyes Blanco", representative="Ricardo Blanco"))

add("es-27-nombre-compuesto", "María José Fernández Ruiz <mjfernandezruiz@gmail.example>", "Supresión de datos",
    """Buenos días:

Solicito la supresión de mis datos personales de sus sistemas, ya que dejé de ser clienta en 2024.

Un saludo,
María José Fernández Ruiz
""",
    R(["Erasure"], "mjfernandezruiz@gmail.example", "María José", "Fernández Ruiz"))

add("es-28-cp1252-perfiles", "Jesús Calvo <jesus.calvo@ono.example>", "Publicidad personalizada",
    """Hola:

Me opongo a que elaboren perfiles con mis datos de navegación y compras para enviarme
publicidad personalizada. Ya pago 45 € al mes, no quiero además ser un producto.

Jesús Calvo
""",
    R(["Opposition"], "jesus.calvo@ono.example", "Jesús", "Calvo"),
    encode="cp1252", ct=CP1252)

# ---------------------------------------------------------------- ignore

add("es-29-spam-lopd", "Adaptación LOPD Express <info@lopd-express.example>", "Su empresa puede ser sancionada: adaptación RGPD desde 99 €",
    """Estimado cliente:

La AEPD ha multiplicado las sanciones por no atender solicitudes de supresión y de baja de
datos. Adapte su empresa al RGPD y a la LOPDGDD desde solo 99 €/año. ¡Oferta válida solo esta
semana!

Más información: https://lopd-express.example/oferta

Si no desea recibir más comunicaciones, responda BAJA.
""",
    IGN("spam"), headers=[AUTH(spf="pass", dkim="none", dmarc="fail", dom="lopd-express.example")])

add("es-30-phish-correos", "Correos <avisos@correos-entregas.example>", "Su envío no ha podido ser entregado",
    """Estimado cliente,

Su paquete no ha podido ser entregado por falta de pago de las tasas de aduana (1,79 €).
Pague ahora para reprogramar la entrega: http://correos-entregas.example/pago

Si no paga en 48 horas el paquete será devuelto.
""",
    IGN("spam"), headers=SPAM_HDR + [AUTH(spf="fail", dkim="none", dmarc="fail", dom="correos-entregas.example")])

add("es-31-herencia", "Dr. Mariano Albornoz <m.albornoz.abogado@mail.example>", "Herencia no reclamada de su familiar",
    """Estimado/a:

Soy el abogado del difunto Sr. Henry Acme, fallecido en 2019 sin herederos. Dejó la suma de
7.800.000 USD en un banco de Madrid. Usted tiene el mismo apellido, por lo que podemos presentarle
como beneficiario. Envíe sus datos personales y bancarios a mi correo privado para iniciar los
trámites. Todo es legal y confidencial.

Dr. Mariano Albornoz
""",
    IGN("spam"), headers=["Reply-To: mariano.albornoz.private@freemail.example"])

add("es-32-spam-solo-cabecera", "Eventos Plus <info@eventos-plus.example>", "Organice su cena de empresa con nosotros",
    """Menús de Navidad para empresas desde 35 € por persona. Reserve ya su fecha.
""",
    IGN("spam"), headers=SPAM_HDR[:1])

add("es-33-respuesta-automatica", "Laura Campos <laura.campos@consultora-datos.example>", "Respuesta automática: Contrato de encargo de tratamiento",
    """Gracias por su mensaje. Estaré fuera de la oficina hasta el 23 de noviembre. Para asuntos
urgentes, contacte con oficina@consultora-datos.example.

Un saludo,
Laura Campos
""",
    IGN("auto_reply"), headers=["Auto-Submitted: auto-replied"])

add("es-34-boletin", "Boletín Protección de Datos <boletin@protecciondatos-hoy.example>", "Boletín semanal: la AEPD sanciona a una operadora",
    """BOLETÍN SEMANAL - Nº 143

- La AEPD sanciona a una operadora por no atender el derecho de supresión
- Guía práctica: cómo responder a una solicitud de acceso
- Próximo webinar: brechas de seguridad

Para darse de baja de este boletín: https://protecciondatos-hoy.example/baja
""",
    IGN("bulk"), headers=["List-Unsubscribe: <https://protecciondatos-hoy.example/baja?id=4410>",
                          "Precedence: bulk"])

# ---------------------------------------------------------------- tasks

add("es-35-task-encargado", "Alejandro Vidal <alejandro.vidal@acme-corp.example>", "Revisión contrato encargado del tratamiento - call center",
    """Hola,

Vamos a contratar un nuevo call center en Lima para la campaña de retención. ¿Podéis revisar el
contrato de encargo de tratamiento y lo de las transferencias internacionales? Lo tenéis en la
carpeta de Compras. Nos gustaría firmar antes del 15 de diciembre.

Gracias,
Alejandro Vidal
Compras
""",
    TASK("alejandro.vidal@acme-corp.example", "Alejandro", "Vidal"))

add("es-36-task-rat", "Cristina Moreno <cristina.moreno@acme-corp.example>", "Registro de actividades - nuevo programa de fidelización",
    """Buenos días,

Necesitamos dar de alta en el registro de actividades de tratamiento el nuevo programa de
puntos que arranca en febrero. ¿Qué información os hace falta? Os paso el documento funcional.

Cristina Moreno
Marketing España
""",
    TASK("cristina.moreno@acme-corp.example", "Cristina", "Moreno"))

add("es-37-task-clausula", "Jorge Sanz <jorge.sanz@acme-corp.example>", "Revisar texto legal del formulario de sorteo",
    """Hola equipo,

Marketing va a lanzar un sorteo de un iPhone en Instagram y necesitamos la cláusula informativa
de protección de datos para las bases legales y el formulario. ¿La podéis redactar o revisar la
que han propuesto? Salida prevista el 1 de diciembre.

Jorge Sanz
Asesoría Jurídica
""",
    TASK("jorge.sanz@acme-corp.example", "Jorge", "Sanz"))

add("es-38-task-eipd", "Silvia Ortega <silvia.ortega@acme-corp.example>", "¿EIPD para reconocimiento facial en tiendas?",
    """Hola,

Seguridad propone instalar cámaras con reconocimiento facial en las tiendas de Madrid para
detectar a personas que ya han robado antes. Entiendo que hace falta una evaluación de impacto
(EIPD). ¿Podéis iniciarla y decirnos qué necesitáis?

Silvia Ortega
Operaciones Retail
""",
    TASK("silvia.ortega@acme-corp.example", "Silvia", "Ortega"))

# ---------------------------------------------------------------- incidents

add("es-39-inc-movil-robado", "Hugo Marín <hugo.marin@acme-corp.example>", "Me han robado el móvil de empresa",
    """Hola,

Anoche me robaron el móvil de empresa en el metro de Barcelona. Tenía el correo corporativo y el
acceso a la app de ventas con datos de clientes (nombre, DNI, dirección). Tiene PIN de 4 dígitos.
Ya he avisado a IT para que lo borren en remoto y he puesto denuncia en los Mossos.

Hugo Marín
Comercial empresas
""",
    INC("hugo.marin@acme-corp.example", "Hugo", "Marín"))

add("es-40-inc-correo-masivo", "Patricia León <patricia.leon@acme-corp.example>", "Error en envío de email - datos de clientes",
    """Hola,

Al enviar la comunicación de subida de precios adjunté por error el Excel de segmentación en
lugar del PDF. El correo salió a unos 2.000 clientes y el Excel contiene nombre, email,
teléfono y gasto mensual de 15.000 clientes. Lo detectamos a los 20 minutos.

Patricia León
CRM
""",
    INC("patricia.leon@acme-corp.example", "Patricia", "León"))

add("es-41-inc-partner-ransomware", "Rafael Guerrero <rafael.guerrero@instalaciones-rg.example>", "Notificación de incidente de seguridad",
    """Buenos días,

Les informamos, como empresa instaladora que trabaja para Acme Corp, de que el pasado sábado
sufrimos un ataque de ransomware. Los atacantes cifraron nuestro servidor, donde guardábamos las
órdenes de trabajo de instalaciones de fibra de sus clientes (nombre, dirección, teléfono y
observaciones). Han publicado una muestra de datos en la web oscura.

Quedamos a su disposición.

Rafael Guerrero
Gerente, Instalaciones RG S.L.
""",
    INC("rafael.guerrero@instalaciones-rg.example", "Rafael", "Guerrero"))

add("es-42-inc-documentos-tienda", "Mercedes Pascual <mercedes.pascual@acme-corp.example>", "Documentación de clientes en la calle",
    """Hola,

Una clienta nos ha traído esta mañana una carpeta con contratos y copias de DNI de clientes de
nuestra tienda de Valencia que encontró junto a un contenedor en la calle. Parece que alguien
la sacó con la basura. Hay unos 40 contratos.

Mercedes Pascual
Encargada tienda Valencia Centro
""",
    INC("mercedes.pascual@acme-corp.example", "Mercedes", "Pascual"))

# ---------------------------------------------------------------- follow-ups

add("es-43-fu-sin-respuesta", "Lucía Serrano <lucia.serrano@gmail.example>", "RE: [DSR-3655] Hemos recibido su solicitud",
    """Hola,

Ha pasado más de un mes y sigo recibiendo sus correos. ¿Han borrado mis datos o no?

Lucía Serrano

> Hemos registrado su solicitud con la referencia DSR-3655.
> Equipo de Privacidad de Acme Corp
""",
    FU("3655", "lucia.serrano@gmail.example", "Lucía", "Serrano"))

add("es-44-fu-adjunto-dni", "Javier Morales Ortega <javier.morales@telefonica.example>", "RE: Ejercicio del derecho de acceso",
    """Buenos días:

Adjunto copia de mi DNI, tal como me han solicitado.

Atentamente,
Javier Morales Ortega
""",
    FU("file:h1-es-01-acceso-formal.eml", "javier.morales@telefonica.example", "Javier", "Morales Ortega"),
    headers=["In-Reply-To: <h1-es-01-acceso-formal@mail.example.net>",
             "References: <h1-es-01-acceso-formal@mail.example.net>"])

add("es-45-fu-grabaciones", "Ignacio Soler <isoler@soler-abogados.example>", "RE: [DSR-4120] Derecho de acceso - D. Alberto Campos Gil",
    """Muy Sres. míos:

Acusamos recibo de la documentación. No obstante, no se han incluido las grabaciones de las
llamadas solicitadas. Les rogamos las remitan a la mayor brevedad.

Ignacio Soler
Soler Abogados
""",
    FU("4120", "isoler@soler-abogados.example", "Alberto", "Campos Gil"))
